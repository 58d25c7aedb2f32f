import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json, problem } from '@/test/fake-backend';
import { sampleSet } from '../test-data';
import type { CriteriaSetSummary } from '../types';
import { renderRoute } from '@/test/render-route';

const config = {
  demo: false,
  demoAccounts: [],
  levels: [
    { code: 'PROVINCE', nameVi: 'Tỉnh, thành phố', nameEn: 'Province' },
    { code: 'DISTRICT', nameVi: 'Quận, huyện', nameEn: 'District' },
  ],
};

const me = (roles: string[]) => ({ username: 'u', displayName: 'Người dùng', roles, unit: null });

const summary = (id: number, name: string, year: number, status: 'DRAFT' | 'PUBLISHED'): CriteriaSetSummary => ({
  id,
  name,
  year,
  level: 'DISTRICT',
  status,
  totalMaxPoints: 100,
  nodeCount: 125,
  copiedFromId: null,
  updatedAt: '2026-03-05T03:00:00Z',
});

function renderApp(path: string, roles: string[], handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => json(200, me(roles)),
    'GET /api/units': () => json(200, []),
    ...handlers,
  });
  renderRoute(path);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('criteria list page', () => {
  const list = [summary(1, 'Bộ tiêu chí cấp huyện năm 2025', 2025, 'PUBLISHED'), summary(2, 'Bộ tiêu chí cấp huyện năm 2026', 2026, 'DRAFT')];

  it('lists the sets, newest first, with level name, status and points, and the tools of a coordinator', async () => {
    renderApp('/criteria', ['COORDINATOR'], { 'GET /api/criteria-sets': () => json(200, list) });
    const table = await screen.findByTestId('criteria-list');
    await within(table).findByText('Bộ tiêu chí cấp huyện năm 2026');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Bộ tiêu chí cấp huyện năm 2026');
    expect(rows[0]).toHaveTextContent('Nháp');
    expect(rows[0]).toHaveTextContent('Quận, huyện');
    expect(rows[0]).toHaveTextContent('05/03/2026');
    expect(rows[1]).toHaveTextContent('Đã ban hành');
    expect(within(rows[1]).getByText('100')).toBeInTheDocument();
    expect(screen.getByTestId('criteria-import-button')).toBeInTheDocument();
    expect(within(rows[0]).getByTestId('criteria-delete-2')).toBeInTheDocument();
    expect(within(rows[1]).queryByTestId('criteria-delete-1')).not.toBeInTheDocument();
    // the menu has a real entry now
    expect(within(screen.getByTestId('main-menu')).getByText('Bộ tiêu chí')).toBeInTheDocument();
  });

  it('only reads for other roles', async () => {
    renderApp('/criteria', ['UNIT_STAFF'], { 'GET /api/criteria-sets': () => json(200, [list[0]]) });
    await within(await screen.findByTestId('criteria-list')).findByText('Bộ tiêu chí cấp huyện năm 2025');
    expect(screen.queryByTestId('criteria-import-button')).not.toBeInTheDocument();
    expect(screen.queryByTestId('criteria-copy-1')).not.toBeInTheDocument();
    expect(screen.getByText(/chỉ quản trị viên và điều phối viên được thay đổi/)).toBeInTheDocument();
  });
});

describe('criteria set page', () => {
  it('shows the tree expanded, the total, and sums that do not add up in red', async () => {
    renderApp('/criteria/12', ['COORDINATOR'], { 'GET /api/criteria-sets/12': () => json(200, sampleSet) });
    const tree = await screen.findByTestId('criteria-tree');
    expect(screen.getByTestId('criteria-total')).toHaveTextContent('22');
    expect(within(tree).getByText('Ban hành kế hoạch đúng thời hạn')).toBeInTheDocument(); // depth 3, expanded
    const mismatch = within(tree).getByTestId('sum-mismatch-2');
    expect(mismatch).toHaveTextContent('13');
    expect(mismatch).toHaveClass('ant-typography-danger');
    expect(mismatch.querySelector('.anticon-warning')).not.toBeNull();
    expect(mismatch.closest('tr')).toHaveClass('row-error');
    expect(within(tree).getAllByText('8,5')).toHaveLength(2); // max points and sum of field 1
    expect(within(tree).getByText('Có/Không')).toBeInTheDocument();
    expect(screen.getByTestId('criteria-mismatch-warning')).toHaveTextContent('1 mục');
    expect(screen.getByTestId('criteria-thresholds')).toHaveTextContent('Xuất sắc ≥ 90');
    expect(screen.getByTestId('criteria-export-xlsx')).toHaveAttribute('href', '/api/criteria-sets/12/export?format=xlsx');
    expect(screen.getByTestId('criteria-add-field')).toBeInTheDocument();
    expect(screen.getByTestId('node-edit-1.1.1')).toBeInTheDocument();
  });

  it('lists the node codes a publish was refused for', async () => {
    renderApp('/criteria/12', ['ADMIN'], {
      'GET /api/criteria-sets/12': () => json(200, sampleSet),
      'POST /api/criteria-sets/12/publish': () =>
        problem(422, 'Bộ tiêu chí chưa hợp lệ', undefined, [{ field: '2', message: 'Tổng điểm các mục con (13) khác điểm chuẩn (13,5)' }]),
    });
    await userEvent.click(await screen.findByTestId('criteria-publish'));
    const confirm = (await screen.findByText('Ban hành bộ tiêu chí này?')).closest('.ant-popover')!;
    // (role queries are very slow on this page in jsdom)
    await userEvent.click(confirm.querySelector('.ant-btn-primary')!);
    const errors = await screen.findByTestId('criteria-publish-errors');
    expect(errors).toHaveTextContent('2: Tổng điểm các mục con (13) khác điểm chuẩn (13,5)');
  });

  it('is read-only for a published set and for readers', async () => {
    renderApp('/criteria/12', ['COUNCIL'], { 'GET /api/criteria-sets/12': () => json(200, { ...sampleSet, status: 'PUBLISHED' }) });
    await screen.findByTestId('criteria-tree');
    expect(screen.queryByTestId('criteria-publish')).not.toBeInTheDocument();
    expect(screen.queryByTestId('criteria-add-field')).not.toBeInTheDocument();
    expect(screen.queryByTestId('node-edit-1')).not.toBeInTheDocument();
    expect(screen.getByTestId('criteria-matrix-link')).toBeInTheDocument();
  });

  it('opens the responsibility matrix', async () => {
    renderApp('/criteria/12', ['COORDINATOR'], {
      'GET /api/criteria-sets/12': () => json(200, sampleSet),
      'GET /api/criteria-sets/12/responsibilities': () =>
        json(200, { rows: [{ nodeId: 1, code: '1', title: 'CÔNG TÁC CHỈ ĐẠO', depth: 1, own: true, leadUnitId: null, supportingUnitIds: [], note: null }] }),
    });
    await userEvent.click(await screen.findByTestId('criteria-matrix-link'));
    const grid = await screen.findByTestId('matrix-grid');
    await waitFor(() => expect(grid.querySelector('tr[data-row-key="1"]')).not.toBeNull());
    expect(within(grid).getByTestId('lead-1')).toBeInTheDocument();
    expect(within(grid).getByTestId('support-1')).toBeInTheDocument();
  });

  it('edits a rate item: its bands read back in the words of the tables and go to the server', async () => {
    let sent: unknown = null;
    renderApp('/criteria/12', ['COORDINATOR'], {
      'GET /api/criteria-sets/12': () => json(200, sampleSet),
      'PUT /api/criteria-sets/12/nodes/3': (init) => {
        sent = JSON.parse(String(init?.body));
        return json(200, sampleSet);
      },
    });
    await userEvent.click(await screen.findByTestId('node-edit-1.1.1'));
    await userEvent.click(await screen.findByText('Tỷ lệ'));
    const editor = await screen.findByTestId('rate-editor');
    const points = within(editor).getAllByLabelText('Điểm của mức');
    await userEvent.type(points[0], '1');
    await userEvent.type(points[1], '0,5');
    expect(await screen.findByTestId('bands-preview')).toHaveTextContent(
      'từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm',
    );
    await userEvent.type(within(editor).getByPlaceholderText('Ví dụ: Số hồ sơ giải quyết trực tuyến'), 'Số hồ sơ trực tuyến');
    await userEvent.click(screen.getByTestId('criteria-node-save'));
    await waitFor(() => expect(sent).not.toBeNull());
    expect(sent).toMatchObject({
      answerType: 'RATE',
      numeratorLabel: 'Số hồ sơ trực tuyến',
      bands: [
        { lowerPercent: 80, inclusive: true, points: 1 },
        { lowerPercent: 50, inclusive: true, points: 0.5 },
        { lowerPercent: 0, inclusive: true, points: 0 },
      ],
      pointsPerEvent: null,
      version: 2,
    });
    expect(await screen.findByText('Đã lưu mục 1.1.1.')).toBeInTheDocument();
  }, 60_000); // typing into antd inputs is slow in jsdom

  it('shows both values when someone saved the item meanwhile, and keeps mine over the current version', async () => {
    const current = structuredClone(sampleSet);
    current.nodes[0].children[0].children[0] = { ...current.nodes[0].children[0].children[0], title: 'Ban hành kế hoạch trước 15/12', version: 3 };
    const bodies: { title: string; version: number }[] = [];
    renderApp('/criteria/12', ['COORDINATOR'], {
      'GET /api/criteria-sets/12': () => json(200, sampleSet),
      'PUT /api/criteria-sets/12/nodes/3': (init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return bodies.length === 1
          ? json(409, { status: 409, detail: 'Mục 1.1.1 vừa được noivu lưu', errors: [{ field: 'version', message: 'Mục đã được noivu lúc 04/12/2026 09:00 thay đổi' }], current })
          : json(200, current);
      },
    });
    await userEvent.click(await screen.findByTestId('node-edit-1.1.1'));
    await userEvent.click(await screen.findByTestId('criteria-node-save'));
    expect(await screen.findByTestId('stale-title')).toHaveTextContent('bạn nhập «Ban hành kế hoạch đúng thời hạn»; hiện tại «Ban hành kế hoạch trước 15/12»');
    expect(screen.getByTestId('stale-by')).toHaveTextContent('noivu lúc 04/12/2026 09:00');
    expect(screen.queryByTestId('stale-maxPoints')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Giữ giá trị của tôi' }));
    await waitFor(() => expect(bodies).toHaveLength(2));
    expect(bodies.map((b) => b.version)).toEqual([2, 3]);
    expect(bodies[1].title).toBe('Ban hành kế hoạch đúng thời hạn');
  }, 60_000);
});
