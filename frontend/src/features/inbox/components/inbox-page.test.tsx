import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json } from '@/test/fake-backend';
import { entry } from '../test-data';
import { phoneViewport } from '@/test/phone';
import { renderRoute } from '@/test/render-route';

const config = { demo: false, demoAccounts: [], levels: [] };

function renderApp(path: string, roles: string[], handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => json(200, { username: 'u', displayName: 'Trưởng phòng', roles, unit: { id: 11, name: 'Phòng Tư pháp', level: 'DIVISION' } }),
    'GET /api/units': () => json(200, []),
    ...handlers,
  });
  renderRoute(path);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

const entries = [
  entry('wi-open', { dueDate: '2026-09-30', status: 'OPEN', title: 'TC 4.1 – Đánh giá công chức', criterionCode: '4.1', link: '/improvement-tasks/41' }),
  entry('wi-late', { dueDate: '2026-03-31', status: 'OVERDUE', title: 'TC 2.3 – Kiểm soát thủ tục', criterionCode: '2.3', link: '/improvement-tasks/23' }),
  entry('wi-back', { dueDate: '2026-06-30', status: 'RETURNED', role: 'LEAD', title: 'TC 1.1 – Ban hành kế hoạch', link: '/improvement-tasks/11' }),
  entry('wi-soon', { dueDate: '2026-04-05', status: 'DUE_SOON', role: 'SUPPORT', title: 'TC 3.2 – Sắp xếp tổ chức', criterionCode: '3.2', context: 'Kế hoạch khác', link: '/improvement-tasks/32' }),
];

describe('inbox page', { timeout: 60_000 }, () => {
  it('lists the entries nearest due first, coloured by status, each title a link to its task', async () => {
    renderApp('/unit-tasks', ['UNIT_HEAD'], { 'GET /api/tasks': () => json(200, entries) });
    const inbox = await screen.findByTestId('inbox', {}, { timeout: 15_000 });
    await within(inbox).findByText('TC 2.3 – Kiểm soát thủ tục');
    const rows = within(inbox).getAllByTestId('inbox-row');
    expect(rows.map((r) => r.getAttribute('data-row-key'))).toEqual(['wi-late', 'wi-soon', 'wi-back', 'wi-open']);

    const status = (row: HTMLElement) => within(row).getByTestId('inbox-status');
    expect(status(rows[0])).toHaveTextContent('Quá hạn');
    expect(status(rows[0])).toHaveClass('ant-tag-red');
    expect(status(rows[1])).toHaveTextContent('Sắp đến hạn');
    expect(status(rows[1])).toHaveClass('ant-tag-orange');
    expect(status(rows[2])).toHaveTextContent('Bị trả lại');
    expect(status(rows[2])).toHaveClass('ant-tag-magenta');
    expect(status(rows[3])).toHaveTextContent('Đang mở');
    expect(status(rows[3])).not.toHaveClass('ant-tag-red');
    expect(rows[0]).toHaveTextContent('31/03/2026');

    expect(within(rows[0]).getByRole('link', { name: 'TC 2.3 – Kiểm soát thủ tục' })).toHaveAttribute('href', '/improvement-tasks/23');
    expect(within(rows[1]).getByTestId('inbox-role')).toHaveTextContent('Phối hợp');
    expect(within(rows[0]).getByTestId('inbox-role')).toHaveTextContent('Chủ trì');
    // the menu entry is live
    expect(within(screen.getByTestId('main-menu')).getByText('Việc của đơn vị')).toBeInTheDocument();
  });

  it('filters by text and by status', async () => {
    renderApp('/unit-tasks', ['UNIT_STAFF'], { 'GET /api/tasks': () => json(200, entries) });
    const inbox = await screen.findByTestId('inbox', {}, { timeout: 15_000 });
    await within(inbox).findByText('TC 2.3 – Kiểm soát thủ tục');

    await userEvent.type(within(inbox).getByPlaceholderText('Tìm theo tên việc hoặc số thứ tự tiêu chí'), 'thu tuc');
    await waitFor(() => expect(within(inbox).getAllByTestId('inbox-row')).toHaveLength(1));
    expect(within(inbox).getByTestId('inbox-row')).toHaveAttribute('data-row-key', 'wi-late');

    await userEvent.clear(within(inbox).getByPlaceholderText('Tìm theo tên việc hoặc số thứ tự tiêu chí'));
    await userEvent.click(within(inbox).getByTestId('inbox-count-RETURNED'));
    await waitFor(() => expect(within(inbox).getAllByTestId('inbox-row').map((r) => r.getAttribute('data-row-key'))).toEqual(['wi-back']));
  });

  it('asks for the inbox again every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const fetchMock = renderApp('/unit-tasks', ['UNIT_HEAD'], { 'GET /api/tasks': () => json(200, entries) });
      await screen.findByText('TC 2.3 – Kiểm soát thủ tục', {}, { timeout: 15_000 });
      const calls = () => fetchMock.mock.calls.filter(([url]) => url === '/api/tasks').length;
      expect(calls()).toBe(1);
      await vi.advanceTimersByTimeAsync(61_000);
      await waitFor(() => expect(calls()).toBe(2));
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows cards on a phone: task, unit, due date coloured by urgency, status; the menu in a drawer', async () => {
    phoneViewport(390);
    renderApp('/unit-tasks', ['UNIT_HEAD'], { 'GET /api/tasks': () => json(200, entries) });
    const cards = await screen.findByTestId('inbox-cards', {}, { timeout: 15_000 });
    await within(cards).findByText('TC 2.3 – Kiểm soát thủ tục');
    const items = within(cards).getAllByTestId('inbox-card');
    expect(items.map((c) => c.getAttribute('data-row-key'))).toEqual(['wi-late', 'wi-soon', 'wi-back', 'wi-open']);
    expect(screen.queryByTestId('inbox-row')).not.toBeInTheDocument();

    const late = items[0];
    expect(within(late).getByRole('link')).toHaveAttribute('href', '/improvement-tasks/23');
    expect(within(late).getByTestId('inbox-card-title')).toHaveTextContent('TC 2.3 – Kiểm soát thủ tục');
    expect(late).toHaveTextContent('Phòng Tư pháp');
    expect(within(late).getByTestId('inbox-due')).toHaveTextContent('31/03/2026');
    expect(within(late).getByTestId('inbox-due')).toHaveStyle({ color: '#cf1322' });
    expect(within(late).getByTestId('inbox-status')).toHaveTextContent('Quá hạn');
    expect(within(items[1]).getByTestId('inbox-due')).toHaveStyle({ color: '#ad4e00' });

    // no icon rail: the menu opens in a drawer, and log-out stays in the header
    expect(screen.getByTestId('phone-layout')).toBeInTheDocument();
    expect(screen.getByTestId('logout')).toBeVisible();
    expect(screen.queryByTestId('main-menu')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Mở menu' }));
    const menu = await screen.findByTestId('main-menu');
    expect(within(menu).getByText('Việc của đơn vị')).toBeInTheDocument();
  });
});
