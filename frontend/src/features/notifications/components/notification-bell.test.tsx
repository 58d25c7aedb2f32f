import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { fakeBackend, json } from '@/test/fake-backend';
import type { AppNotification } from '../types';
import { NotificationBell } from './notification-bell';

const note = (id: number, patch: Partial<AppNotification> = {}): AppNotification => ({
  id,
  kind: 'BEFORE_3',
  title: `Còn 3 ngày: TC 1.${id}`,
  message: 'Hạn hoàn thành 30/06/2026',
  link: `/improvement-tasks/${id}`,
  createdAt: '2026-06-27T01:00:00Z',
  read: false,
  ...patch,
});

function Where() {
  return <div data-testid="where">{useLocation().pathname}</div>;
}

function renderBell(items: AppNotification[], unread: number, older: AppNotification[] = []) {
  const fetchMock = fakeBackend({
    // the newest page says where the older ones start; the older page is the last
    'GET /api/notifications': (_, url) =>
      url.includes('cursor=')
        ? json(200, { unread, items: older, nextCursor: null })
        : json(200, { unread, items, nextCursor: older.length > 0 ? 'older' : null }),
    'POST /api/notifications/2/read': () => json(200, { unread: unread - 1 }),
    'POST /api/notifications/read-all': () => json(200, { unread: 0 }),
  });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={['/']}>
        <NotificationBell />
        <Routes>
          <Route path="*" element={<Where />} />
        </Routes>
      </MemoryRouter>
    </AppProvider>,
  );
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('notification bell', { timeout: 30_000 }, () => {
  it('shows the unread count, lists unread in bold and marks one read on click, then opens its page', async () => {
    const fetchMock = renderBell([note(2), note(1, { read: true, kind: 'OVERDUE', title: 'Quá hạn: TC 1.1' })], 2);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '2'));
    expect(within(bell).getByRole('button', { name: 'Thông báo (2 chưa đọc)' })).toBeInTheDocument();
    expect(bell.querySelector('.ant-badge-count')).toHaveAttribute('title', '2');

    await userEvent.click(within(bell).getByRole('button'));
    const items = await screen.findAllByTestId('notification-item');
    expect(items.map((i) => i.getAttribute('data-read'))).toEqual(['false', 'true']);
    expect(within(items[0]).getByText('Còn 3 ngày: TC 1.2')).toHaveStyle({ fontWeight: '600' });
    expect(within(items[1]).getByText('Quá hạn: TC 1.1')).toHaveStyle({ fontWeight: '400' });

    await userEvent.click(items[0]);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/notifications/2/read', expect.objectContaining({ method: 'POST' })));
    await waitFor(() => expect(screen.getByTestId('where')).toHaveTextContent('/improvement-tasks/2'));
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '1'));
  });

  it('marks everything read', async () => {
    const fetchMock = renderBell([note(2), note(3)], 2);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '2'));
    await userEvent.click(within(bell).getByRole('button'));
    await userEvent.click(await screen.findByRole('button', { name: 'Đánh dấu đã đọc tất cả' }));
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '0'));
    expect(fetchMock).toHaveBeenCalledWith('/api/notifications/read-all', expect.objectContaining({ method: 'POST' }));
    expect(screen.getAllByTestId('notification-item').map((i) => i.getAttribute('data-read'))).toEqual(['true', 'true']);
  });

  it('does not follow a link that is not an app path', async () => {
    renderBell([note(2, { link: 'https://example.com/x' })], 1);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '1'));
    await userEvent.click(within(bell).getByRole('button'));
    await userEvent.click(await screen.findByTestId('notification-item'));
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '0'));
    expect(screen.getByTestId('where')).toHaveTextContent(/^\/$/);
  });

  it('loads older notifications a page at a time, after the newest', async () => {
    const fetchMock = renderBell([note(5), note(4)], 3, [note(3, { title: 'Quá hạn: TC 1.3', kind: 'OVERDUE' })]);
    const bell = screen.getByTestId('notification-bell');
    await waitFor(() => expect(bell).toHaveAttribute('data-unread', '3'));
    await userEvent.click(within(bell).getByRole('button'));
    expect(await screen.findAllByTestId('notification-item')).toHaveLength(2);
    await userEvent.click(screen.getByRole('button', { name: 'Xem thông báo cũ hơn' }));
    await waitFor(() => expect(screen.getAllByTestId('notification-item')).toHaveLength(3));
    expect(screen.getAllByTestId('notification-item')[2]).toHaveTextContent('Quá hạn: TC 1.3');
    expect(fetchMock).toHaveBeenCalledWith('/api/notifications?cursor=older&size=20', expect.anything());
    expect(screen.queryByRole('button', { name: 'Xem thông báo cũ hơn' })).not.toBeInTheDocument();
  });
});
