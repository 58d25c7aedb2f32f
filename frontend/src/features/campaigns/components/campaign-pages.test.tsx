import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json, problem } from '@/test/fake-backend';
import { generatedPlan, loss, sampleCampaign, sampleResults } from '../test-data';
import { renderRoute } from '@/test/render-route';

const config = { demo: false, demoAccounts: [], levels: [] };

function renderApp(path: string, roles: string[] | null, handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => (roles ? json(200, { username: 'u', displayName: 'Người dùng', roles, unit: null }) : problem(401, 'Unauthorized')),
    'GET /api/units': () => json(200, []),
    'GET /api/tasks': () => json(200, { items: [], nextCursor: null, counts: { OVERDUE: 0, DUE_SOON: 0, RETURNED: 0, OPEN: 0 } }),
    ...handlers,
  });
  renderRoute(path);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('campaigns list', () => {
  it('shows deadlines, progress and late count, and the create button for a coordinator', async () => {
    renderApp('/campaigns', ['COORDINATOR'], { 'GET /api/campaigns': () => json(200, [sampleCampaign()]) });
    const table = await screen.findByTestId('campaigns-list', {}, { timeout: 15_000 });
    const row = (await within(table).findByText('Đánh giá Chỉ số CCHC cấp xã năm 2026')).closest('tr')!;
    expect(row).toHaveTextContent('Đang diễn ra');
    expect(row).toHaveTextContent('30/10/2026');
    expect(row).toHaveTextContent('05/11/2026');
    expect(row).toHaveTextContent('20/11/2026');
    expect(within(row).getByTestId('campaign-progress-9')).toHaveTextContent('1/2 đã nộp');
    expect(within(row).getByTestId('campaign-late-9')).toHaveTextContent('1 chậm');
    expect(screen.getByTestId('campaign-create')).toHaveTextContent('Tạo chiến dịch');
    expect(within(screen.getByTestId('main-menu')).getByText('Chiến dịch đánh giá')).toBeInTheDocument();
  }, 60_000);

  it('is read-only for a unit head, with the menu item', async () => {
    renderApp('/campaigns', ['UNIT_HEAD'], { 'GET /api/campaigns': () => json(200, [sampleCampaign()]) });
    await within(await screen.findByTestId('campaigns-list', {}, { timeout: 15_000 })).findByText('Đánh giá Chỉ số CCHC cấp xã năm 2026');
    expect(screen.queryByTestId('campaign-create')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('main-menu')).getByText('Chiến dịch đánh giá')).toBeInTheDocument();
  }, 60_000);
});

describe('campaign detail', () => {
  it('colours a missed milestone red, flags the late council and lists units with their sheet links', async () => {
    renderApp('/campaigns/9', ['COORDINATOR'], {
      'GET /api/campaigns/9': () => json(200, sampleCampaign({ today: '2026-11-02', councilLate: true })),
    });
    const page = await screen.findByTestId('campaign-detail', {}, { timeout: 15_000 });
    const council = within(page).getByTestId('milestone-council');
    expect(council).toHaveAttribute('data-state', 'late');
    expect(council).toHaveStyle({ color: '#cf1322' });
    expect(council.closest('.ant-steps-item')).toHaveClass('ant-steps-item-error');
    expect(within(page).getByTestId('milestone-selfAssessment')).toHaveAttribute('data-state', 'upcoming');
    expect(within(page).getByTestId('council-late')).toHaveTextContent('Chậm');
    expect(within(page).getByTestId('council-form')).toBeInTheDocument();

    const units = within(page).getByTestId('campaign-units');
    const row = units.querySelector('tr[data-row-key="32"]')!;
    expect(row).toHaveTextContent('Xã Bình Minh');
    expect(row).toHaveTextContent('Đang tự đánh giá');
    expect(within(row as HTMLElement).getByTestId('unit-late-32')).toHaveTextContent('Chậm');
    expect(row).toHaveTextContent('2/4');
    expect(within(row as HTMLElement).getByTestId('open-unit-32')).toHaveAttribute('href', '/campaigns/9/units/32');
    expect(units.querySelector('tr[data-row-key="31"]')).toHaveTextContent('Đã nộp');
    expect(within(page).getByTestId('campaign-survey')).toBeInTheDocument();
    expect(within(page).queryByTestId('campaign-approve')).not.toBeInTheDocument();
  }, 60_000);

  it('shows the ranking with comma decimals, shared ranks, changes and field subtotals', async () => {
    renderApp('/campaigns/9', ['LEADER'], {
      'GET /api/campaigns/9': () => json(200, sampleCampaign()),
      'GET /api/campaigns/9/results': () => json(200, sampleResults({ published: false })),
    });
    const page = await screen.findByTestId('campaign-detail', {}, { timeout: 15_000 });
    await userEvent.click(within(page).getByRole('tab', { name: 'Kết quả' }));
    const table = await within(page).findByTestId('results-table');
    expect(within(page).getByText('Kết quả tạm tính, chưa được phê duyệt và công bố.')).toBeInTheDocument();
    const rows = [...table.querySelectorAll('tbody tr[data-row-key]')] as HTMLElement[];
    expect(rows.map((r) => within(r).getByTestId('result-rank').textContent)).toEqual(['1', '2', '2', '4']);
    expect(rows.map((r) => r.getAttribute('data-row-key'))).toEqual(['31', '32', '34', '33']);
    expect(within(rows[0]).getByTestId('result-index')).toHaveTextContent('91,25');
    expect(within(rows[0]).getByTestId('classification')).toHaveTextContent('Xuất sắc');
    expect(within(rows[0]).getByTestId('result-change')).toHaveTextContent('+3,25');
    expect(within(rows[3]).getByTestId('result-change')).toHaveTextContent('−3,5');
    expect(within(rows[2]).getByTestId('result-change')).toHaveTextContent('');
    expect(within(page).getByTestId('index-chart')).toHaveTextContent('91,25');
    await userEvent.click(within(page).getByTestId('results-export'));
    expect(await screen.findByTestId('results-export-docx')).toHaveAttribute('href', '/api/campaigns/9/results/export?format=docx');
    expect(screen.getByTestId('results-export-pdf')).toHaveAttribute('href', '/api/campaigns/9/results/export?format=pdf');
    // field subtotals in the expanded row
    await userEvent.click(within(rows[0]).getByRole('button'));
    expect(await within(page).findByTestId('result-fields-31')).toHaveTextContent('81,75/90');
    expect(within(page).getByTestId('campaign-approve')).toHaveTextContent('Phê duyệt và công bố');
  }, 60_000);

  it('shows a unit\'s losses in red and drafts an improvement plan from them', async () => {
    const fetchMock = renderApp('/campaigns/9', ['COORDINATOR'], {
      'GET /api/campaigns/9': () => json(200, sampleCampaign({ status: 'PUBLISHED', publishedAt: '2026-11-19T02:00:00Z' })),
      'GET /api/campaigns/9/losses': () =>
        json(200, [loss('1.1', { title: 'Kế hoạch CCHC', achieved: 0.5, lost: 1.5, reason: 'Ban hành muộn' })]),
      'POST /api/improvement-plans/generate-from/9': () => json(201, generatedPlan(44)),
      'GET /api/improvement-plans/44': () => problem(404, 'Not Found'),
    });
    const page = await screen.findByTestId('campaign-detail', {}, { timeout: 15_000 });
    await userEvent.click(within(page).getByRole('tab', { name: 'Phân tích điểm bị mất' }));
    await userEvent.click(within(page).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('Xã An Bình'));
    const losses = await within(page).findByTestId('losses-table');
    const row = (await within(losses).findByText('Kế hoạch CCHC')).closest('tr')!;
    expect(row).toHaveTextContent('−1,5');
    expect(row).toHaveTextContent('Ban hành muộn');
    expect(within(page).getByTestId('losses-total')).toHaveTextContent('1,5');
    await userEvent.click(within(page).getByTestId('losses-generate'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url === '/api/improvement-plans/generate-from/9?unitId=31')).toBe(true));
    expect(await screen.findByTestId('plan-not-found', {}, { timeout: 15_000 })).toBeInTheDocument();
  }, 60_000);
});

describe('public results', () => {
  it('shows the published ranking without login', async () => {
    renderApp('/public/campaigns/9/results', null, { 'GET /api/public/campaigns/9/results': () => json(200, sampleResults()) });
    const page = await screen.findByTestId('public-results', {}, { timeout: 15_000 });
    expect(page).toHaveTextContent('Kết quả Đánh giá Chỉ số CCHC cấp xã năm 2026');
    const rows = [...page.querySelectorAll('tbody tr[data-row-key]')] as HTMLElement[];
    expect(rows[0]).toHaveTextContent('Xã An Bình');
    expect(rows[0]).toHaveTextContent('91,25');
    expect(rows[0]).toHaveTextContent('Xuất sắc');
    expect(rows[3]).toHaveTextContent('Xã Cát Tiên');
    expect(screen.queryByTestId('main-menu')).not.toBeInTheDocument();
  }, 60_000);

  it('says so when not published', async () => {
    renderApp('/public/campaigns/9/results', null, { 'GET /api/public/campaigns/9/results': () => problem(404, 'Not Found', 'Kết quả chưa được công bố') });
    expect(await screen.findByTestId('public-results-missing', {}, { timeout: 15_000 })).toHaveTextContent('chưa được công bố');
  }, 60_000);
});
