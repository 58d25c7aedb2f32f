import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json } from '@/test/fake-backend';
import { coordinator, scores, timeline, unitRow } from '../test-data';
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

const base = { totalMax: 30, totalAchieved: 20, index: 66.67 };

describe('dashboard page', { timeout: 60_000 }, () => {
  it('shows the counters in colour, the units table, the overdue chart and the score bars with their assumption', async () => {
    const fetchMock = renderApp('/dashboard', ['COORDINATOR'], {
      'GET /api/dashboard/coordinator': () => json(200, coordinator()),
      'GET /api/improvement-plans': () =>
        json(200, [
          { id: 1, name: 'Không có kết quả gốc', year: 2026, status: 'DRAFT', baseline: null },
          { id: 3, name: 'Kế hoạch nâng cao Chỉ số CCHC năm 2026', year: 2026, status: 'ACTIVE', baseline: base },
        ]),
      'GET /api/dashboard/scores': () => json(200, scores()),
      'GET /api/dashboard/timeline': () => json(200, timeline()),
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

  it("shows a unit head their unit's rank, their own counters and no score dashboard", async () => {
    const fetchMock = renderApp('/dashboard', ['UNIT_HEAD'], {
      'GET /api/dashboard/coordinator': () =>
        json(200, coordinator({ unitCount: 14, units: [unitRow(12, { unitName: 'Phòng Nội vụ', rank: 4, open: 2, dueSoon: 0, overdue: 1, onTimeRate: 80 })] })),
    });
    const rank = await screen.findByTestId('dash-rank', {}, { timeout: 15_000 });
    expect(rank).toHaveTextContent('Xếp hạng đúng hạn: 4/14');
    expect(screen.getByTestId('dash-open')).toHaveTextContent('2');
    expect(screen.getByTestId('dash-overdue')).toHaveTextContent('1');
    expect(within(screen.getByTestId('dash-units')).getAllByTestId('dash-unit-row')).toHaveLength(1);
    expect(screen.queryByTestId('dash-score-section')).not.toBeInTheDocument();
    expect(screen.queryByTestId('dash-export')).not.toBeInTheDocument();
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith('/api/improvement-plans'))).toBe(false));
  });

  it("drills down from a unit row to that unit's open work in the inbox list", async () => {
    const fetchMock = renderApp('/dashboard', ['COORDINATOR'], {
      'GET /api/dashboard/coordinator': () => json(200, coordinator()),
      'GET /api/improvement-plans': () => json(200, []),
      'GET /api/dashboard/timeline': () => json(200, timeline()),
      'GET /api/tasks': () =>
        json(200, [
          { id: 'w1', title: 'Rà soát văn bản', stepName: 'Thực hiện', dueDate: '2026-11-01', status: 'OVERDUE', role: 'LEAD', unitId: 12, unitName: 'Phòng Nội vụ', criterionCode: '1.3.1', context: 'Kế hoạch 2026', link: '/improvement-tasks/4', subjectType: 'IMPROVEMENT_TASK', subjectId: 4, followUpDate: null, assignee: null },
        ]),
    });
    const rows = await screen.findAllByTestId('dash-unit-row', {}, { timeout: 15_000 });
    await userEvent.click(within(rows[1]).getByText('Phòng Nội vụ'));
    const scope = await screen.findByTestId('inbox-scope', {}, { timeout: 30_000 });
    expect(await screen.findByText('Rà soát văn bản', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(scope).toHaveTextContent('Việc đang mở của Phòng Nội vụ (từ bảng điều khiển)');
    expect(fetchMock).toHaveBeenCalledWith('/api/tasks?unitId=12', expect.anything());
  });
});
