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

// as the server sends them: nearest due first
const entries = [
  entry('wi-late', { dueDate: '2026-03-31', status: 'OVERDUE', title: 'TC 2.3 – Kiểm soát thủ tục', criterionCode: '2.3', link: '/improvement-tasks/23' }),
  entry('wi-soon', { dueDate: '2026-04-05', status: 'DUE_SOON', role: 'SUPPORT', title: 'TC 3.2 – Sắp xếp tổ chức', criterionCode: '3.2', context: 'Kế hoạch khác', link: '/improvement-tasks/32' }),
  entry('wi-back', { dueDate: '2026-06-30', status: 'RETURNED', role: 'LEAD', title: 'TC 1.1 – Ban hành kế hoạch', link: '/improvement-tasks/11' }),
  entry('wi-open', { dueDate: '2026-09-30', status: 'OPEN', title: 'TC 4.1 – Đánh giá công chức', criterionCode: '4.1', link: '/improvement-tasks/41' }),
];
const counts = { OVERDUE: 1, DUE_SOON: 1, RETURNED: 1, OPEN: 1 };

/**
 * The server's side of GET /api/tasks for these tests: pages of `size` by cursor, the status filter
 * applied (what the server does is tested in WorkListTests); every URL asked is kept.
 */
function server(all = entries, asked: string[] = []) {
  const handler: Handler = (_init, url) => {
    asked.push(url);
    const params = new URL(url, 'http://x').searchParams;
    const statuses = params.get('status')?.split(',') ?? [];
    const rows = all.filter((e) => !statuses.length || statuses.includes(e.status));
    const from = Number(params.get('cursor') ?? 0);
    const size = Number(params.get('size') ?? 50);
    const next = from + size < rows.length ? String(from + size) : null;
    return json(200, {
      items: rows.slice(from, from + size),
      nextCursor: next,
      counts: from === 0 ? counts : null,
    });
  };
  return { handler, asked };
}

describe('inbox page', { timeout: 60_000 }, () => {
  it('lists the entries nearest due first, coloured by status, each title a link to its task', async () => {
    renderApp('/unit-tasks', ['UNIT_HEAD'], { 'GET /api/tasks': server().handler });
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

  it('sends the filters to the server and keeps them in the URL', async () => {
    const { handler, asked } = server();
    const facets: string[] = [];
    renderApp('/unit-tasks?role=LEAD', ['UNIT_STAFF'], {
      'GET /api/tasks': handler,
      'GET /api/tasks/facets': (_init, url) => {
        facets.push(url);
        return json(200, { plans: [{ id: 3, name: 'Kế hoạch khác' }], fields: ['1', '2'] });
      },
    });
    const inbox = await screen.findByTestId('inbox', {}, { timeout: 15_000 });
    await within(inbox).findByText('TC 2.3 – Kiểm soát thủ tục');
    expect(asked[0]).toBe('/api/tasks?role=LEAD&size=50');
    expect(within(inbox).getByTestId('inbox-count-OVERDUE')).toHaveTextContent('Quá hạn: 1');

    await userEvent.type(within(inbox).getByPlaceholderText('Tìm theo tên việc hoặc số thứ tự tiêu chí'), 'thu tuc');
    await waitFor(() => expect(asked.at(-1)).toBe('/api/tasks?role=LEAD&q=thu+tuc&size=50'), { timeout: 5_000 });
    expect(screen.getByTestId('location')).toHaveTextContent('/unit-tasks?role=LEAD&q=thu+tuc');

    await userEvent.click(within(inbox).getByTestId('inbox-count-RETURNED'));
    await waitFor(() => expect(within(inbox).getAllByTestId('inbox-row').map((r) => r.getAttribute('data-row-key'))).toEqual(['wi-back']));
    expect(asked.at(-1)).toBe('/api/tasks?status=RETURNED&role=LEAD&q=thu+tuc&size=50');

    // the plan filter's choices come apart from the pages, asked once for the scope however the filters change
    await userEvent.click(within(within(inbox).getByTestId('inbox-filter-plan')).getByRole('combobox'));
    const option = await waitFor(() => {
      const found = document.querySelector<HTMLElement>('.ant-select-item-option[title="Kế hoạch khác"]');
      expect(found).not.toBeNull();
      return found!;
    });
    await userEvent.click(option);
    await waitFor(() => expect(asked.at(-1)).toBe('/api/tasks?status=RETURNED&role=LEAD&planId=3&q=thu+tuc&size=50'));
    expect(facets).toEqual(['/api/tasks/facets']);
  });

  it('loads the next page with "Tải thêm" until the list ends', async () => {
    const many = Array.from({ length: 120 }, (_, i) => entry(`wi-${String(i).padStart(3, '0')}`, { title: `Việc số ${i}` }));
    const { handler, asked } = server(many);
    renderApp('/unit-tasks', ['UNIT_HEAD'], { 'GET /api/tasks': handler });
    const inbox = await screen.findByTestId('inbox', {}, { timeout: 15_000 });
    await within(inbox).findByText('Việc số 0');
    expect(within(inbox).getAllByTestId('inbox-row')).toHaveLength(50);
    await userEvent.click(within(inbox).getByTestId('inbox-more'));
    await waitFor(() => expect(within(inbox).getAllByTestId('inbox-row')).toHaveLength(100));
    expect(asked.at(-1)).toBe('/api/tasks?cursor=50&size=50');
    await userEvent.click(within(inbox).getByTestId('inbox-more'));
    await waitFor(() => expect(within(inbox).getAllByTestId('inbox-row')).toHaveLength(120));
    expect(within(inbox).queryByTestId('inbox-more')).not.toBeInTheDocument();
  });

  it('asks for the inbox again every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const fetchMock = renderApp('/unit-tasks', ['UNIT_HEAD'], { 'GET /api/tasks': server().handler });
      await screen.findByText('TC 2.3 – Kiểm soát thủ tục', {}, { timeout: 15_000 });
      const calls = () => fetchMock.mock.calls.filter(([url]) => url === '/api/tasks?size=50').length;
      expect(calls()).toBe(1);
      await vi.advanceTimersByTimeAsync(61_000);
      await waitFor(() => expect(calls()).toBe(2));
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows cards on a phone: task, unit, due date coloured by urgency, status; the menu in a drawer', async () => {
    phoneViewport(390);
    renderApp('/unit-tasks', ['UNIT_HEAD'], { 'GET /api/tasks': server().handler });
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
