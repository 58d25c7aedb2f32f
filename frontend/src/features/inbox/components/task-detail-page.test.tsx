import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useRoutes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { fakeBackend, json } from '@/test/fake-backend';
import { task } from '../test-data';

function Routes() {
  return useRoutes(routes);
}

afterEach(() => vi.unstubAllGlobals());

describe('task detail page', { timeout: 60_000 }, () => {
  it('shows status, overdue due date, criterion, history, and uploads evidence through the file input', async () => {
    const view = task({
      label: 'Hạn 30/06/2026',
      overdue: true,
      history: [{ name: 'Báo cáo kết quả', role: 'LEAD', unit: 'Phòng Tư pháp', status: 'DONE', createdAt: '2026-04-01T01:00:00Z', completedAt: '2026-04-02T03:00:00Z' }],
      openSteps: [{ workItemId: 'wi-lead', name: 'Báo cáo kết quả', role: 'LEAD', unit: 'Phòng Tư pháp', dueDate: '2026-06-30' }],
    });
    const fetchMock = fakeBackend({
      'GET /api/public/config': () => json(200, { demo: false, demoAccounts: [], levels: [] }),
      'GET /api/me': () => json(200, { username: 'u', displayName: 'Cán bộ', roles: ['UNIT_STAFF'], unit: null }),
      'GET /api/improvement-tasks/7': () => json(200, view),
      'POST /api/improvement-tasks/7/attachments': () =>
        json(200, { ...view, attachments: [{ id: 1, filename: 'quyet-dinh.pdf', size: 2048, uploadedBy: 'u', uploadedAt: '2026-04-03T02:00:00Z' }] }),
    });
    render(
      <AppProvider queryClient={createQueryClient()}>
        <MemoryRouter initialEntries={['/improvement-tasks/7']}>
          <Routes />
        </MemoryRouter>
      </AppProvider>,
    );
    const page = await screen.findByTestId('task-detail', {}, { timeout: 15_000 });
    expect(within(page).getByTestId('task-status')).toHaveTextContent('Đang thực hiện');
    expect(within(page).getByTestId('task-due')).toHaveTextContent('30/06/2026');
    expect(within(page).getByTestId('task-due').closest('.ant-typography')).toHaveClass('ant-typography-danger');
    expect(within(page).getByTestId('task-criterion')).toHaveTextContent('Kế hoạch của UBND huyện');
    // the title is the task's name, not its period or due date
    expect(within(page).getByTestId('task-title')).toHaveTextContent('TC 1.1 – Ban hành kế hoạch CCHC');
    expect(within(page).getByTestId('task-label')).toHaveTextContent('Hạn 30/06/2026');
    // a report step done reads "reported", not "completed"
    expect(within(page).getByTestId('history-status')).toHaveTextContent('Đã báo cáo');
    expect(within(page).getByTestId('task-history')).not.toHaveTextContent('Hoàn thành');
    expect(within(page).getByTestId('evidence-upload').querySelector('input[type=file]')).toHaveAttribute('accept', expect.stringContaining('image/*'));
    expect(document.getElementById('report-text')).not.toBeNull();

    const input = within(page).getByTestId('evidence-upload').querySelector('input[type=file]') as HTMLInputElement;
    await userEvent.upload(input, new File(['%PDF'], 'quyet-dinh.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === '/api/improvement-tasks/7/attachments')).toBe(true));
    const link = await within(page).findByRole('link', { name: 'quyet-dinh.pdf' });
    expect(link).toHaveAttribute('href', '/api/improvement-tasks/7/attachments/1');
  });
});
