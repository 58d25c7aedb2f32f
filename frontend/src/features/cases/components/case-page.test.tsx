import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, json, problem, type Handler } from '@/test/fake-backend';
import { renderRoute } from '@/test/render-route';

// jsdom has no SVG layout: the viewer is replaced by one that records what the page asks of it
const viewer = vi.hoisted(() => ({
  importXML: vi.fn<(xml: string) => Promise<{ warnings: string[] }>>(),
  addMarker: vi.fn<(id: string, marker: string) => void>(),
  destroy: vi.fn(),
}));
vi.mock('bpmn-js/lib/NavigatedViewer', () => ({
  default: class {
    importXML = viewer.importXML;
    destroy = viewer.destroy;
    get(name: string) {
      if (name === 'canvas') return { addMarker: viewer.addMarker, zoom: () => 1 };
      return { get: (id: string) => (id === 'Missing' ? undefined : { id }) };
    }
  },
}));

const config = { demo: false, demoAccounts: [], levels: [] };

function renderApp(path: string, handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => json(200, { username: 'u', displayName: 'Người dùng', roles: ['UNIT_HEAD'], unit: { id: 3, name: 'Phòng Tư pháp', level: 'DIVISION' } }),
    'GET /api/units': () => json(200, []),
    'GET /api/notifications': () => json(200, { unread: 0, items: [] }),
    ...handlers,
  });
  renderRoute(path);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  viewer.importXML.mockReset();
  viewer.addMarker.mockReset();
});

const taskCase = {
  title: '2.3.3 – Theo dõi thi hành pháp luật (Lần 1)',
  processDefinitionKey: 'improvement-task',
  xml: '<definitions id="x"/>',
  activeActivityIds: ['Task_Review'],
  overdueActivityIds: [],
  history: [
    { activityId: 'Start', activityName: 'Nhiệm vụ được giao', activityType: 'startEvent', startTime: '2026-11-01T01:00:00Z', endTime: '2026-11-01T01:00:00Z', assignee: null },
    { activityId: 'Task_Work', activityName: 'Thực hiện và báo cáo kết quả', activityType: 'userTask', startTime: '2026-11-01T01:00:00Z', endTime: '2026-11-20T09:15:00Z', assignee: 'tuphap' },
    { activityId: 'Task_Review', activityName: 'Xem xét báo cáo', activityType: 'userTask', startTime: '2026-11-20T09:15:00Z', endTime: null, assignee: null },
  ],
};

describe('case page', { timeout: 60_000 }, () => {
  it('draws the diagram with its markers and lists the history with the legend', async () => {
    viewer.importXML.mockResolvedValue({ warnings: [] });
    const fetchMock = renderApp('/cases/improvement-tasks/7', {
      'GET /api/cases/improvement-tasks/7': () => json(200, taskCase),
    });
    expect(await screen.findByText('Quy trình: 2.3.3 – Theo dõi thi hành pháp luật (Lần 1)', {}, { timeout: 15_000 })).toBeInTheDocument();
    const legend = screen.getByTestId('case-legend');
    expect(within(legend).getByText('Bước hiện tại')).toBeInTheDocument();
    expect(within(legend).getByText('Quá hạn')).toBeInTheDocument();
    expect(within(legend).getByText('Đã hoàn thành')).toBeInTheDocument();

    const history = screen.getByTestId('case-history');
    const work = within(history).getByText('Thực hiện và báo cáo kết quả').closest('tr')!;
    expect(within(work).getByText('01/11/2026 08:00')).toBeInTheDocument();
    expect(within(work).getByText('20/11/2026 16:15')).toBeInTheDocument();
    expect(within(work).getByText('tuphap')).toBeInTheDocument();
    const review = within(history).getByText('Xem xét báo cáo').closest('tr')!;
    expect(within(review).getByText('Bước hiện tại')).toBeInTheDocument();

    await waitFor(() => expect(viewer.addMarker).toHaveBeenCalledWith('Task_Review', 'case-active'));
    expect(viewer.importXML).toHaveBeenCalledWith('<definitions id="x"/>');
    expect(viewer.addMarker).toHaveBeenCalledWith('Task_Work', 'case-done');
    expect(fetchMock.mock.calls.some(([url]) => String(url).includes('/api/cases/improvement-tasks/7'))).toBe(true);
  });

  it("shows the backend's refusal for another unit's case", async () => {
    renderApp('/cases/campaigns/4/units/9', {
      'GET /api/cases/campaigns/4/units/9': () => problem(403, 'Forbidden', 'Bạn không có quyền với dữ liệu của đơn vị này'),
    });
    expect(await screen.findByTestId('case-forbidden', {}, { timeout: 15_000 })).toHaveTextContent('Bạn không có quyền với dữ liệu của đơn vị này');
    expect(viewer.importXML).not.toHaveBeenCalled();
  });
});
