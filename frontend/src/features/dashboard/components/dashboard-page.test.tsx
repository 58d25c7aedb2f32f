import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json, problem } from '@/test/fake-backend';
import { baseline, coordinator, plan, scores, timeline, unitRow } from '../test-data';
import { renderRoute } from '@/test/render-route';

const config = { demo: false, demoAccounts: [], levels: [] };

function renderApp(path: string, roles: string[], handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => json(200, { username: 'u', displayName: 'Người dùng', roles, unit: { id: 12, name: 'Phòng Nội vụ', level: 'DIVISION' } }),
    'GET /api/units': () => json(200, []),
    'GET /api/notifications': () => json(200, { unread: 0, items: [] }),
    ...handlers,
  });
  renderRoute(path);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

/** The options of the Select dropdown that is open. */
const visibleOptions = () => [...document.querySelectorAll<HTMLElement>('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')];

const base = baseline();

describe('dashboard page', { timeout: 60_000 }, () => {
  it('shows the counters in colour, the units table, the overdue chart and the score bars with their assumption', async () => {
    const fetchMock = renderApp('/dashboard', ['COORDINATOR'], {
      'GET /api/dashboard/coordinator': () => json(200, coordinator()),
      'GET /api/improvement-plans': () =>
        json(200, [
          plan(1, { name: 'Không có kết quả gốc', year: 2026, status: 'DRAFT', baseline: null }),
          plan(3, { name: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026', year: 2026, status: 'ACTIVE', baseline: base }),
        ]),
      'GET /api/dashboard/scores': () => json(200, scores()),
      'GET /api/dashboard/timeline': () => json(200, timeline()),
      'GET /api/dashboard/fields': () =>
        json(200, [
          { code: '1', title: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC', open: 4, dueSoon: 1, overdue: 2, doneOnTime: 2, doneLate: 1, onTimeRate: 66.7 },
          { code: '', title: 'Khác (không gắn tiêu chí)', open: 1, dueSoon: 0, overdue: 0, doneOnTime: 0, doneLate: 0, onTimeRate: null },
        ]),
    });
    const dashboard = await screen.findByTestId('dashboard', {}, { timeout: 15_000 });
    const open = await within(dashboard).findByTestId('dash-open');
    expect(open).toHaveTextContent('12');
    expect(within(dashboard).getByTestId('dash-due-soon')).toHaveTextContent('3');
    const overdue = within(dashboard).getByTestId('dash-overdue');
    expect(overdue).toHaveTextContent('5');
    expect(overdue.querySelector('.ant-statistic-content')).toHaveStyle({ color: '#cf1322' });
    expect(within(dashboard).getByTestId('dash-due-soon').querySelector('.ant-statistic-content')).toHaveStyle({ color: '#d46b08' });
    expect(within(dashboard).getByTestId('dash-on-time')).toHaveTextContent('75%');
    expect(within(dashboard).getByTestId('dash-on-time')).toHaveTextContent('9/12');

    const rows = within(within(dashboard).getByTestId('dash-units')).getAllByTestId('dash-unit-row');
    expect(rows.map((r) => r.getAttribute('data-row-key'))).toEqual(['11', '12', '13']);
    expect(rows[1]).toHaveTextContent('31/03/2026');
    expect(rows[1]).toHaveTextContent('66,7%');
    expect(within(rows[2]).getByTestId('dash-unit-overdue')).toHaveClass('ant-typography-danger');

    // by field, in the criteria's order: "1. …" with its overdue in red and the on-time rate as a bar
    const taskFieldRows = within(await within(dashboard).findByTestId('dash-fields')).getAllByTestId('dash-field-row');
    expect(taskFieldRows).toHaveLength(2);
    expect(taskFieldRows[0]).toHaveTextContent('1. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC');
    expect(within(taskFieldRows[0]).getByTestId('dash-field-overdue')).toHaveTextContent('2');
    expect(taskFieldRows[0].querySelector('.ant-progress')).not.toBeNull();
    expect(taskFieldRows[0]).toHaveTextContent('66,7%');
    expect(taskFieldRows[1]).toHaveTextContent('Khác (không gắn tiêu chí)');
    expect(fetchMock).toHaveBeenCalledWith('/api/dashboard/fields?year=2026', expect.anything());

    fireEvent.click(within(dashboard).getByTestId('dash-export'));
    expect(await screen.findByTestId('dash-export-xlsx')).toHaveAttribute('href', '/api/dashboard/coordinator/export?year=2026&format=xlsx');
    expect(screen.getByTestId('dash-export-pdf')).toHaveAttribute('href', '/api/dashboard/coordinator/export?year=2026&format=pdf');

    const chart = within(dashboard).getByTestId('dash-chart-overdue');
    expect(within(chart).getAllByRole('listitem').map((i) => i.textContent)).toEqual(['Văn phòng HĐND và UBND3', 'Phòng Nội vụ2']);

    const bars = await within(dashboard).findByTestId('dash-scores');
    const fieldRows = within(bars).getAllByTestId('dash-score-row');
    expect(fieldRows).toHaveLength(2);
    expect(fieldRows[0].querySelector('[data-segment="achieved"]')).toHaveStyle({ width: '60%' });
    expect(fieldRows[0].querySelector('[data-segment="target"]')).toHaveStyle({ left: 'calc(90% - 1.5px)' });
    expect(within(dashboard).getByTestId('dash-assumption')).toHaveTextContent('Dự báo giả định');
    expect(fetchMock).toHaveBeenCalledWith('/api/dashboard/scores?planId=3', expect.anything());
    // the timeline: a row per campaign and per plan, coloured by state, with today's line
    const timelineChart = await within(dashboard).findByTestId('dash-timeline');
    expect(within(timelineChart).getAllByTestId('dash-timeline-row').map((r) => r.querySelector('text')?.textContent)).toEqual([
      'Xác định Chỉ số CCHC 2026',
      'Kế hoạch nâng cao Chỉ số CCHC năm…',
    ]);
    expect([...timelineChart.querySelectorAll('[data-state]')].map((e) => e.getAttribute('data-state'))).toEqual(['done', 'overdue', 'dueSoon']);
    expect(within(timelineChart).getByTestId('dash-timeline-today')).toBeInTheDocument();
    expect(within(within(dashboard).getByTestId('dash-chart-done')).getAllByRole('listitem')[5]).toHaveTextContent('4');
    expect(fetchMock).toHaveBeenCalledWith('/api/dashboard/timeline?year=2026', expect.anything());
    // the menu entry is live
    expect(within(screen.getByTestId('main-menu')).getByText('Bảng điều khiển')).toBeInTheDocument();
  });

  it("shows a unit head their unit's rank, their own counters and no export or campaign filter", async () => {
    const fetchMock = renderApp('/dashboard', ['UNIT_HEAD'], {
      'GET /api/dashboard/coordinator': () =>
        json(200, coordinator({ unitCount: 14, units: [unitRow(12, { unitName: 'Phòng Nội vụ', rank: 4, open: 2, dueSoon: 0, overdue: 1, onTimeRate: 80 })] })),
    });
    const rank = await screen.findByTestId('dash-rank', {}, { timeout: 15_000 });
    expect(rank).toHaveTextContent('Hạng 4/14 đơn vị theo tỷ lệ việc chủ trì hoàn thành đúng hạn');
    expect(screen.getByTestId('dash-open')).toHaveTextContent('2');
    expect(screen.getByTestId('dash-overdue')).toHaveTextContent('1');
    expect(within(screen.getByTestId('dash-units')).getAllByTestId('dash-unit-row')).toHaveLength(1);
    expect(screen.queryByTestId('dash-export')).not.toBeInTheDocument();
    expect(screen.queryByTestId('dash-filter-campaign')).not.toBeInTheDocument();
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/campaigns'))).toBe(false));
  });

  it('tells a commune that leads nothing about its supporting work, counted apart and not ranked', async () => {
    renderApp('/dashboard', ['UNIT_HEAD'], {
      'GET /api/dashboard/coordinator': () =>
        json(200, {
          ...coordinator({ unitCount: 14, units: [], open: 0, dueSoon: 0, overdue: 0, doneOnTime: 0, doneLate: 0, onTimeRate: null }),
          support: { open: 7, overdue: 2, done: 1 },
          supportUnits: [{ unitId: 30, unitName: 'Thị trấn Phố Châu', open: 7, overdue: 2, done: 1 }],
        }),
    });
    const note = await screen.findByTestId('dash-no-lead', {}, { timeout: 15_000 });
    expect(note).toHaveTextContent('không chủ trì nhiệm vụ cải thiện nào; việc phối hợp ở bên dưới');
    expect(note).not.toHaveTextContent('chưa có nhiệm vụ cải thiện nào');
    expect(screen.getByTestId('dash-support-open')).toHaveTextContent('Chờ góp ý7');
    expect(screen.getByTestId('dash-support-overdue')).toHaveTextContent('2');
    expect(screen.getByTestId('dash-support-done')).toHaveTextContent('1');
    expect(screen.queryByTestId('dash-rank')).not.toBeInTheDocument();
  });

  it('does not rank a unit with no finished lead work', async () => {
    renderApp('/dashboard', ['UNIT_HEAD'], {
      'GET /api/dashboard/coordinator': () =>
        json(200, coordinator({ unitCount: 4, units: [unitRow(12, { unitName: 'Xã A', rank: 2, open: 3, onTimeRate: null })] })),
    });
    const rank = await screen.findByTestId('dash-rank', {}, { timeout: 15_000 });
    expect(rank).toHaveTextContent('Chưa xếp hạng: đơn vị chưa có việc chủ trì nào hoàn thành');
    expect(rank).not.toHaveTextContent('2/4');
  });

  it("shows a unit head the score dashboard of their own unit's plan", async () => {
    const fetchMock = renderApp('/dashboard', ['UNIT_HEAD'], {
      'GET /api/dashboard/coordinator': () => json(200, coordinator({ unitCount: 14, units: [unitRow(12, { unitName: 'Phòng Nội vụ', rank: 4 })] })),
      'GET /api/dashboard/timeline': () => json(200, timeline()),
      'GET /api/improvement-plans': () =>
        json(200, [
          plan(8, { name: 'Kế hoạch của Phòng Tư pháp', year: 2026, status: 'ACTIVE', ownerUnitId: 13, campaignId: null, baseline: base }),
          plan(3, { name: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: 5, baseline: base }),
        ]),
      'GET /api/dashboard/scores': () => json(200, scores({ history: [], ranking: null })),
    });
    const section = await screen.findByTestId('dash-score-section', {}, { timeout: 15_000 });
    await within(section).findByTestId('dash-scores', {}, { timeout: 15_000 });
    // only the plans of the head's own unit are offered
    await userEvent.click(within(screen.getByTestId('dash-plan')).getByRole('combobox'));
    await waitFor(() => expect(visibleOptions().map((o) => o.textContent)).toEqual(['Kế hoạch nâng cao Chỉ số CCHC năm 2026 (2026)']));
    expect(section).toHaveTextContent('Điểm theo lĩnh vực (dự báo) – Phòng Nội vụ');
    expect(within(section).getAllByTestId('dash-score-row')).toHaveLength(2);
    // no history and no ranking: neither the chart nor the card
    expect(within(section).queryByTestId('dash-score-history')).not.toBeInTheDocument();
    expect(within(section).queryByTestId('dash-score-ranking')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/dashboard/scores?planId=3', expect.anything());
  });

  it("shows a unit head the refusal when a plan's scores are not theirs to see", async () => {
    renderApp('/dashboard', ['UNIT_HEAD'], {
      'GET /api/dashboard/coordinator': () => json(200, coordinator({ units: [unitRow(12)] })),
      'GET /api/dashboard/timeline': () => json(200, timeline()),
      'GET /api/improvement-plans': () => json(200, [plan(8, { name: 'Kế hoạch của Phòng Tư pháp', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: null, baseline: base })]),
      'GET /api/dashboard/scores': () => problem(403, 'Không có quyền', 'Kế hoạch không thuộc đơn vị của bạn.'),
    });
    const section = await screen.findByTestId('dash-score-section', {}, { timeout: 15_000 });
    expect(await within(section).findByRole('alert', {}, { timeout: 15_000 })).toHaveTextContent('Kế hoạch không thuộc đơn vị của bạn.');
    expect(within(section).queryByTestId('dash-scores')).not.toBeInTheDocument();
  });

  it("shows the owner unit's index over the years with the projection marked, and its ranking", async () => {
    renderApp('/dashboard', ['LEADER'], {
      'GET /api/dashboard/coordinator': () => json(200, coordinator()),
      'GET /api/dashboard/timeline': () => json(200, timeline()),
      'GET /api/improvement-plans': () => json(200, [plan(3, { name: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: 5, baseline: base })]),
      'GET /api/dashboard/scores': () =>
        json(
          200,
          scores({
            projectedIndex: 88.5,
            history: [
              { year: 2024, index: 71.2, classification: 'FAIR', rank: null, of: null, source: 'BASELINE' },
              { year: 2025, index: 83.45, classification: 'GOOD', rank: 9, of: 14, source: 'CAMPAIGN' },
              { year: 2026, index: 88.5, classification: null, rank: null, of: null, source: 'PROJECTED' },
            ],
            ranking: { campaignId: 5, campaignName: 'Xác định Chỉ số CCHC 2025', year: 2025, rank: 9, of: 14, index: 83.45, projectedRank: 4 },
          }),
        ),
    });
    const section = await screen.findByTestId('dash-score-section', {}, { timeout: 15_000 });
    const chart = await within(section).findByTestId('dash-score-history', {}, { timeout: 15_000 });
    const columns = within(chart).getAllByRole('listitem');
    expect(columns.map((c) => c.getAttribute('data-year'))).toEqual(['2024', '2025', '2026']);
    expect(within(chart).getAllByTestId('dash-score-history-value').map((v) => v.textContent)).toEqual(['71,2', '83,45', '88,5']);
    // the plan year is the projection: its own source, a hatched bar with a dashed outline, a legend entry
    expect(columns.map((c) => c.getAttribute('data-source'))).toEqual(['BASELINE', 'CAMPAIGN', 'PROJECTED']);
    expect(columns[2]).toHaveAttribute('title', 'Năm 2026: 88,5 – Dự báo');
    expect(columns[1]).toHaveAttribute('title', 'Năm 2025: 83,45 – Kết quả đợt đánh giá · hạng 9/14');
    const bars = within(chart).getAllByTestId('dash-score-history-bar');
    expect(bars[2]).toHaveStyle({ height: '88.5%', border: '1px dashed #389e0d' });
    expect(bars[1]).toHaveStyle({ height: '83.45%', background: '#1677ff' });
    expect(bars[1].style.border).toBe('');
    expect(within(chart).getByTestId('dash-score-history-legend')).toHaveTextContent('Dự báo');

    const ranking = within(section).getByTestId('dash-score-ranking');
    expect(within(ranking).getByTestId('dash-score-ranking-rank')).toHaveTextContent('Xếp hạng 9/14 – Xác định Chỉ số CCHC 2025 (2025)');
    expect(ranking).toHaveTextContent('Chỉ số 83,45');
    expect(within(ranking).getByTestId('dash-score-ranking-projected')).toHaveTextContent('Nếu đạt dự báo: hạng 4/14');
    expect(ranking).toHaveTextContent('Chỉ số dự báo 88,5');
    expect(within(ranking).getByTestId('dash-score-ranking-note')).toHaveTextContent('Giả định các đơn vị khác giữ nguyên kết quả của đợt đánh giá này.');
    expect(section).toHaveTextContent('Điểm theo lĩnh vực (dự báo) – Phòng Nội vụ');
  });

  it('narrows the plans to a campaign, sends the campaign with the plan to the dashboards and the export', async () => {
    const fetchMock = renderApp('/dashboard', ['COORDINATOR'], {
      'GET /api/dashboard/coordinator': () => json(200, coordinator()),
      'GET /api/dashboard/timeline': () => json(200, timeline()),
      'GET /api/improvement-plans': () =>
        json(200, [
          plan(1, { name: 'Kế hoạch theo kết quả 2025', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: 5, baseline: null }),
          plan(3, { name: 'Kế hoạch riêng của Phòng Tư pháp', year: 2026, status: 'ACTIVE', ownerUnitId: 12, campaignId: 7, baseline: null }),
          plan(4, { name: 'Kế hoạch năm trước', year: 2025, status: 'CLOSED', campaignId: 5, baseline: null }),
        ]),
      'GET /api/campaigns': () =>
        json(200, [
          { id: 7, name: 'Đánh giá cấp xã 2026', year: 2026, units: [] },
          { id: 5, name: 'Xác định Chỉ số CCHC 2025', year: 2025, units: [] },
          { id: 2, name: 'Xác định Chỉ số CCHC 2023', year: 2023, units: [] },
        ]),
    });
    await screen.findAllByTestId('dash-unit-row', {}, { timeout: 15_000 });
    const openOptions = async (testId: string) => {
      await userEvent.click(within(screen.getByTestId(testId)).getByRole('combobox'));
      await waitFor(() => expect(visibleOptions().length).toBeGreaterThan(0));
      return visibleOptions();
    };

    // a plan of another campaign first
    expect((await openOptions('dash-filter-plan')).map((o) => o.getAttribute('title'))).toEqual([
      'Kế hoạch theo kết quả 2025',
      'Kế hoạch riêng của Phòng Tư pháp',
    ]);
    await userEvent.click(visibleOptions()[1]);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/dashboard/coordinator?year=2026&planId=3', expect.anything()));

    // the campaigns of this year and the year before; choosing one drops the plan that does not fit
    expect((await openOptions('dash-filter-campaign')).map((o) => o.getAttribute('title'))).toEqual(['Đánh giá cấp xã 2026', 'Xác định Chỉ số CCHC 2025']);
    await userEvent.click(visibleOptions()[1]);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/dashboard/coordinator?year=2026&campaignId=5', expect.anything()));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/dashboard/timeline?year=2026&campaignId=5', expect.anything()));
    expect(screen.getByTestId('dash-filter-plan')).not.toHaveTextContent('Kế hoạch riêng của Phòng Tư pháp');

    // only that campaign's plans of the year remain
    expect((await openOptions('dash-filter-plan')).map((o) => o.getAttribute('title'))).toEqual(['Kế hoạch theo kết quả 2025']);
    await userEvent.click(visibleOptions()[0]);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/dashboard/coordinator?year=2026&planId=1&campaignId=5', expect.anything()));

    // the export carries what is on screen
    fireEvent.click(screen.getByTestId('dash-export'));
    expect(await screen.findByTestId('dash-export-xlsx')).toHaveAttribute('href', '/api/dashboard/coordinator/export?year=2026&planId=1&campaignId=5&format=xlsx');
    expect(screen.getByTestId('dash-export-pdf')).toHaveAttribute('href', '/api/dashboard/coordinator/export?year=2026&planId=1&campaignId=5&format=pdf');
  }, 120_000);

  it("drills down from a unit row to that unit's open work in the inbox list", async () => {
    const fetchMock = renderApp('/dashboard', ['COORDINATOR'], {
      'GET /api/dashboard/coordinator': () => json(200, coordinator()),
      'GET /api/improvement-plans': () => json(200, []),
      'GET /api/dashboard/timeline': () => json(200, timeline()),
      'GET /api/tasks': () =>
        json(200, {
          items: [
            { id: 'w1', title: 'Rà soát văn bản', stepName: 'Thực hiện', dueDate: '2026-11-01', status: 'OVERDUE', role: 'LEAD', unitId: 12, unitName: 'Phòng Nội vụ', criterionCode: '1.3.1', context: 'Kế hoạch 2026', link: '/improvement-tasks/4', subjectType: 'IMPROVEMENT_TASK', subjectId: 4, followUpDate: null, assignee: null },
          ],
          nextCursor: null,
          counts: { OVERDUE: 1, DUE_SOON: 0, RETURNED: 0, OPEN: 0 },
          plans: [],
          fields: [],
        }),
    });
    const rows = await screen.findAllByTestId('dash-unit-row', {}, { timeout: 15_000 });
    await userEvent.click(within(rows[1]).getByText('Phòng Nội vụ'));
    const scope = await screen.findByTestId('inbox-scope', {}, { timeout: 30_000 });
    expect(await screen.findByText('Rà soát văn bản', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(scope).toHaveTextContent('Việc đang mở của Phòng Nội vụ (từ bảng điều khiển)');
    expect(fetchMock).toHaveBeenCalledWith('/api/tasks?unitId=12&size=50', expect.anything());
  });
});
