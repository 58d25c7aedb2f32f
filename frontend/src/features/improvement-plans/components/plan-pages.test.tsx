import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json } from '@/test/fake-backend';
import { samplePlan } from '../test-data';
import type { PlanStatus } from '../types';
import { renderRoute } from '@/test/render-route';

const config = { demo: false, demoAccounts: [], levels: [] };

function renderApp(path: string, roles: string[], handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => json(200, { username: 'u', displayName: 'Người dùng', roles, unit: null }),
    'GET /api/units': () => json(200, []),
    'GET /api/tasks': () => json(200, { items: [], nextCursor: null, counts: { OVERDUE: 0, DUE_SOON: 0, RETURNED: 0, OPEN: 0 } }),
    ...handlers,
  });
  renderRoute(path);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

const listed = (patch = {}) => ({ ...samplePlan(patch), items: [], baseline: { ...samplePlan().baseline!, fields: [] } });

describe('plans list', () => {
  it('shows name, year, owner, status, baseline index with classification, and the import for a coordinator', async () => {
    renderApp('/improvement-plans', ['COORDINATOR'], {
      'GET /api/improvement-plans': () => json(200, [listed(), listed({ id: 4, name: 'Kế hoạch 2025', year: 2025, status: 'ACTIVE', taskCount: 12 })]),
    });
    const table = await screen.findByTestId('plans-list', {}, { timeout: 15_000 });
    await within(table).findByText('Kế hoạch 2025');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('UBND huyện A');
    expect(rows[0]).toHaveTextContent('Dự thảo');
    expect(rows[0]).toHaveTextContent('78,5');
    expect(rows[0]).toHaveTextContent('Tốt');
    expect(rows[0]).toHaveTextContent('05/03/2026');
    expect(rows[1]).toHaveTextContent('Đang triển khai');
    expect(within(rows[1]).getByRole('link', { name: 'Kế hoạch 2025' })).toHaveAttribute('href', '/improvement-plans/4');
    expect(screen.getByTestId('plan-import-button')).toHaveTextContent('Nhập kế hoạch từ bảng');
    expect(within(screen.getByTestId('main-menu')).getByText('Kế hoạch cải thiện')).toBeInTheDocument();
  }, 60_000);

  it('only reads for a unit', async () => {
    renderApp('/improvement-plans', ['UNIT_STAFF'], { 'GET /api/improvement-plans': () => json(200, [listed()]) });
    await within(await screen.findByTestId('plans-list', {}, { timeout: 15_000 })).findByText(samplePlan().name!);
    expect(screen.queryByTestId('plan-import-button')).not.toBeInTheDocument();
  }, 60_000);
});

describe('plan detail', () => {
  it('lets a leader approve a draft, and shows baseline, group rows, collapsed units and deadlines', async () => {
    const fetchMock = renderApp('/improvement-plans/3', ['LEADER'], {
      'GET /api/improvement-plans/3': () => json(200, samplePlan()),
      'POST /api/improvement-plans/3/approve': () => json(200, samplePlan({ status: 'APPROVED', approvedBy: 'lanhdao', approvedAt: '2026-03-06T02:00:00Z' })),
    });
    const page = await screen.findByTestId('plan-detail', {}, { timeout: 15_000 });
    expect(within(page).getByTestId('baseline-index')).toHaveTextContent('78,5');
    expect(within(page).getByTestId('baseline-field-2')).toHaveTextContent('68,25/86,5');
    const items = within(page).getByTestId('plan-items');
    expect(within(items).getByText('CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC').closest('tr')).toHaveClass('plan-group-row');
    const row = within(items).getByText('Tuyên truyền CCHC').closest('tr')!;
    expect(within(row).getByTestId('units-more')).toHaveTextContent('+2');
    expect(within(row).queryByText('Phòng Văn hóa')).not.toBeInTheDocument();
    await userEvent.click(within(row).getByTestId('units-more'));
    expect(within(row).getByText('Phòng Văn hóa')).toBeInTheDocument();
    expect(within(row).getByTestId('deadline-kind')).toHaveTextContent('Cần xác định');
    const dated = within(items).getByText('Kế hoạch CCHC năm').closest('tr')!;
    expect(within(dated).getByTestId('deadline-kind')).toHaveTextContent('Hạn');
    expect(within(dated).getByTestId('first-due')).toHaveTextContent('30/06/2026');
    expect(within(page).getByTestId('plan-attention')).toBeInTheDocument();
    // the official appendix downloads in three formats
    await userEvent.click(within(page).getByTestId('plan-export'));
    expect(await screen.findByTestId('plan-export-pdf')).toHaveAttribute('href', '/api/improvement-plans/3/export?format=pdf');
    expect(screen.getByTestId('plan-export-xlsx')).toHaveAttribute('href', '/api/improvement-plans/3/export?format=xlsx');
    expect(screen.getByTestId('plan-export-docx')).toHaveAttribute('download');
    expect(screen.getByTestId('plan-export-docx')).toHaveTextContent('Word (.docx)');

    expect(within(page).queryByTestId('plan-activate')).not.toBeInTheDocument();
    expect(within(page).queryByTestId('item-edit-101')).not.toBeInTheDocument();
    await userEvent.click(within(page).getByTestId('plan-approve'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === '/api/improvement-plans/3/approve')).toBe(true));
    await waitFor(() => expect(within(page).getByTestId('plan-status')).toHaveTextContent('Đã phê duyệt'));
    expect(within(page).queryByTestId('plan-approve')).not.toBeInTheDocument();
  }, 60_000);

  it('lets a coordinator activate an approved plan after a confirm, then follows the job until the plan is active', async () => {
    let status: PlanStatus = 'APPROVED';
    let polls = 0;
    const fetchMock = renderApp('/improvement-plans/3', ['COORDINATOR'], {
      'GET /api/improvement-plans/3': () =>
        json(200, samplePlan(status === 'ACTIVE' ? { status, taskCount: 1200 } : { status, activation: status === 'ACTIVATING' ? { status, total: 1200, started: 0, error: null } : null })),
      'POST /api/improvement-plans/3/activate': () => {
        status = 'ACTIVATING';
        return json(202, samplePlan({ status, taskCount: 0, activation: { status, total: 1200, started: 0, error: null } }));
      },
      'GET /api/improvement-plans/3/activation': () => {
        polls++;
        if (polls >= 3) status = 'ACTIVE';
        return json(200, { status, total: 1200, started: polls >= 3 ? 1200 : 500 * polls, error: null });
      },
    });
    const page = await screen.findByTestId('plan-detail', {}, { timeout: 15_000 });
    expect(within(page).queryByTestId('plan-approve')).not.toBeInTheDocument();
    await userEvent.click(within(page).getByTestId('plan-activate'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('khởi tạo quy trình');
    expect(fetchMock.mock.calls.some(([url]) => url === '/api/improvement-plans/3/activate')).toBe(false);
    await userEvent.click(within(dialog).getByTestId('plan-activate-ok'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === '/api/improvement-plans/3/activate')).toBe(true));
    // the job's progress from the server, with thousands as Vietnamese writes them
    await waitFor(() => expect(within(page).getByTestId('plan-status')).toHaveTextContent('Đang khởi tạo nhiệm vụ'));
    expect(await within(page).findByText('Đang khởi tạo nhiệm vụ: 500/1.200', {}, { timeout: 5_000 })).toBeInTheDocument();
    expect(within(within(page).getByTestId('plan-activation')).getByRole('progressbar')).toBeInTheDocument();
    expect(within(page).queryByTestId('plan-activate')).not.toBeInTheDocument();
    expect(within(page).queryByTestId('plan-close')).not.toBeInTheDocument();
    // when the job ends the plan is read again: active, the bar gone
    await waitFor(() => expect(within(page).getByTestId('plan-status')).toHaveTextContent('Đang triển khai'), { timeout: 10_000 });
    expect(within(page).queryByTestId('plan-activation')).not.toBeInTheDocument();
    expect(await screen.findByText('Đã triển khai kế hoạch: giao 1200 nhiệm vụ.')).toBeInTheDocument();
  }, 60_000);

  it('shows an activation in progress after a reload, from the plan itself for a reader who cannot follow it', async () => {
    const fetchMock = renderApp('/improvement-plans/3', ['UNIT_HEAD'], {
      'GET /api/improvement-plans/3': () =>
        json(200, samplePlan({ status: 'ACTIVATING', activation: { status: 'ACTIVATING', total: 40, started: 10, error: null } })),
    });
    const page = await screen.findByTestId('plan-detail', {}, { timeout: 15_000 });
    expect(await within(page).findByText('Đang khởi tạo nhiệm vụ: 10/40')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/activation'))).toBe(false);
  }, 60_000);

  it('shows a collective lead as published and, once active, the tasks of the item by lead unit', async () => {
    const base = samplePlan();
    const communes = ['Xã Một', 'Xã Hai', 'Xã Ba'];
    const work = communes.map((leadUnit, i) => ({
      taskId: 500 + i,
      leadUnitId: 20 + i,
      leadUnit,
      label: 'Năm 2026',
      dueOn: '2026-12-30',
      status: i === 1 ? 'ACCEPTED' : 'OPEN',
      overdue: false,
    }));
    const items = base.items.map((item) =>
      item.id === 101
        ? { ...item, leadUnitId: 20, leadUnit: 'Xã Một', leadUnitIds: [20, 21, 22], leadUnits: communes, leadText: 'UBND các xã', work }
        : item,
    );
    renderApp('/improvement-plans/3', ['COORDINATOR'], {
      'GET /api/improvement-plans/3': () => json(200, { ...base, status: 'ACTIVE', taskCount: 3, items }),
    });
    const page = await screen.findByTestId('plan-detail', {}, { timeout: 15_000 });
    const row = (await within(page).findByText('UBND các xã')).closest('tr')!;
    expect(row).toHaveTextContent('3 đơn vị');
    await userEvent.click(within(row).getByRole('button', { name: /mở rộng|expand/i }));
    const list = await within(page).findByTestId('item-work');
    expect(list).toHaveTextContent('đã chấp nhận 1/3');
    expect(within(list).getByRole('link', { name: 'Xã Hai' })).toHaveAttribute('href', '/improvement-tasks/501');
    expect(within(list).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      expect.stringContaining('Xã Một'),
      expect.stringContaining('Đã chấp nhận'),
      expect.stringContaining('Xã Ba'),
    ]);
  }, 60_000);

  it('lets a coordinator edit an item of a draft', async () => {
    const fetchMock = renderApp('/improvement-plans/3', ['COORDINATOR'], {
      'GET /api/improvement-plans/3': () => json(200, samplePlan()),
      'PUT /api/improvement-plans/3/items/101': () => json(200, samplePlan()),
    });
    const page = await screen.findByTestId('plan-detail', {}, { timeout: 15_000 });
    await userEvent.click(within(page).getByTestId('item-edit-101'));
    await userEvent.click(await screen.findByTestId('item-save'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === '/api/improvement-plans/3/items/101')).toBe(true));
    const [, init] = fetchMock.mock.calls.find(([url]) => url === '/api/improvement-plans/3/items/101')!;
    expect(JSON.parse(init!.body as string)).toEqual({
      target: 2,
      tasks: 'Ban hành kế hoạch đúng hạn',
      leadUnitIds: [11],
      supportingUnitIds: [12],
      expectedOutput: 'Kế hoạch',
      requirement: 'Đúng hạn',
      deadlineText: '30/6/2026',
      deadlineDue: '2026-06-30',
      version: 4,
    });
  }, 60_000);

  it('shows both values when someone saved the item meanwhile, and keeps mine over the current version', async () => {
    const current = samplePlan();
    current.items = current.items.map((i) => (i.id === 101 ? { ...i, tasks: 'Nhiệm vụ của người khác', version: 5 } : i));
    let calls = 0;
    const fetchMock = renderApp('/improvement-plans/3', ['COORDINATOR'], {
      'GET /api/improvement-plans/3': () => json(200, samplePlan()),
      'PUT /api/improvement-plans/3/items/101': () =>
        ++calls === 1
          ? json(409, {
              status: 409,
              detail: 'Mục 1.1 vừa được noivu lưu sau khi bạn mở; chưa lưu.',
              errors: [{ field: 'version', message: 'Mục đã được noivu lúc 03/12/2026 10:00 thay đổi' }],
              current,
            })
          : json(200, current),
    });
    const page = await screen.findByTestId('plan-detail', {}, { timeout: 15_000 });
    await userEvent.click(within(page).getByTestId('item-edit-101'));
    await userEvent.click(await screen.findByTestId('item-save'));
    const stale = await screen.findByTestId('stale-1.1');
    expect(stale).toHaveTextContent('Ban hành kế hoạch đúng hạn');
    expect(stale).toHaveTextContent('Nhiệm vụ của người khác');
    expect(stale).toHaveTextContent('noivu');
    await userEvent.click(screen.getByRole('button', { name: 'Giữ giá trị của tôi' }));
    await waitFor(() => expect(calls).toBe(2));
    const puts = fetchMock.mock.calls.filter(([url]) => url === '/api/improvement-plans/3/items/101');
    expect(JSON.parse(puts[1][1]!.body as string).version).toBe(5);
  }, 60_000);
});
