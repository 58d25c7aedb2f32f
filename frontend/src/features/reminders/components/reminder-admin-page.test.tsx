import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json } from '@/test/fake-backend';
import { renderRoute } from '@/test/render-route';

const config = { demo: false, demoAccounts: [], levels: [] };
const policy = { beforeDays: [7, 3, 1], onDueDay: true, overdueEveryDays: 2, escalateAfterDays: 5, workingDays: true, shiftDueDate: true, version: 4 };

function renderApp(path: string, roles: string[], handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => json(200, { username: 'u', displayName: 'Quản trị', roles, unit: null }),
    'GET /api/units': () => json(200, []),
    'GET /api/notifications': () => json(200, { unread: 0, items: [] }),
    'GET /api/admin/reminders/policy': () => json(200, policy),
    ...handlers,
  });
  renderRoute(path);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

const puts = (fetchMock: ReturnType<typeof fakeBackend>) => fetchMock.mock.calls.filter(([, init]) => init?.method === 'PUT');

describe('reminder administration', { timeout: 60_000 }, () => {
  it('checks the policy before saving and sends it with the before-days sorted', async () => {
    const fetchMock = renderApp('/admin/reminders', ['COORDINATOR'], {
      'PUT /api/admin/reminders/policy': (init) => json(200, JSON.parse(String(init?.body))),
    });
    const form = await screen.findByTestId('reminder-policy', {}, { timeout: 15_000 });
    const every = await within(form).findByLabelText('Khi quá hạn, nhắc lại mỗi (ngày)');
    await waitFor(() => expect(every).toHaveValue('2'));
    // a coordinator sees the policy only
    expect(screen.queryByTestId('reminder-outbox')).not.toBeInTheDocument();

    await userEvent.clear(every);
    await userEvent.type(every, '45');
    await userEvent.click(within(form).getByTestId('policy-save'));
    expect(await within(form).findByText(/Chu kỳ nhắc khi quá hạn là số ngày nguyên từ 0 \(không nhắc\) đến 30/)).toBeInTheDocument();
    expect(puts(fetchMock)).toHaveLength(0);

    await userEvent.clear(every);
    await userEvent.type(every, '3');
    await userEvent.type(within(form).getByLabelText('Nhắc trước hạn (số ngày)'), '14{Enter}');
    await userEvent.click(within(form).getByTestId('policy-save'));
    await waitFor(() => expect(puts(fetchMock)).toHaveLength(1));
    expect(JSON.parse(String(puts(fetchMock)[0][1]?.body))).toEqual({ ...policy, beforeDays: [14, 7, 3, 1], overdueEveryDays: 3 });
    expect(await screen.findByText('Đã lưu chính sách nhắc việc.')).toBeInTheDocument();
  });

  it('shows both values when someone saved the policy meanwhile, and keeps mine over the current version', async () => {
    const current = { ...policy, beforeDays: [10, 5], version: 5 };
    const fetchMock = renderApp('/admin/reminders', ['COORDINATOR'], {
      'PUT /api/admin/reminders/policy': (init) =>
        puts(fetchMock).length === 1
          ? json(409, { status: 409, detail: 'Đã thay đổi', errors: [{ field: 'version', message: 'Chính sách đã được admin lúc 04/12/2026 09:00 thay đổi' }], current })
          : json(200, JSON.parse(String(init?.body))),
    });
    const form = await screen.findByTestId('reminder-policy', {}, { timeout: 15_000 });
    const every = await within(form).findByLabelText('Khi quá hạn, nhắc lại mỗi (ngày)');
    await waitFor(() => expect(every).toHaveValue('2'));
    await userEvent.clear(every);
    await userEvent.type(every, '3');
    await userEvent.click(within(form).getByTestId('policy-save'));
    expect(await screen.findByTestId('stale-beforeDays')).toHaveTextContent('bạn nhập «7, 3, 1»; hiện tại «10, 5»');
    expect(screen.getByTestId('stale-overdueEveryDays')).toHaveTextContent('bạn nhập «3»; hiện tại «2»');
    expect(screen.getByTestId('stale-by')).toHaveTextContent('admin lúc 04/12/2026 09:00');
    await userEvent.click(screen.getByRole('button', { name: 'Giữ giá trị của tôi' }));
    await waitFor(() => expect(puts(fetchMock)).toHaveLength(2));
    expect(puts(fetchMock).map(([, init]) => JSON.parse(String(init?.body)).version)).toEqual([4, 5]);
  });

  it('shows an administrator the failed mails with a retry, and the holidays marked as computed', async () => {
    const fetchMock = renderApp('/admin/reminders', ['ADMIN'], {
      // the newest failed mail first; the older one on the next page
      'GET /api/admin/reminders/outbox': (_, url) =>
        json(200, {
          counts: { PENDING: 1, SENT: 40, FAILED: 2 },
          items: url.includes('cursor=older')
            ? [
                {
                  id: 8, status: 'FAILED', email: 'b@x.vn', kind: 'BEFORE_3', subject: 'improvement-task:6', title: 'TC 1.2', dueDate: '2026-03-30',
                  attempts: 5, nextAttemptAt: null, claimedBy: null, sentAt: null, lastError: '551 user not local',
                },
              ]
            : [
                {
                  id: 9, status: 'FAILED', email: 'a@x.vn', kind: 'OVERDUE', subject: 'improvement-task:7', title: 'TC 1.1', dueDate: '2026-03-31',
                  attempts: 5, nextAttemptAt: null, claimedBy: null, sentAt: null, lastError: '550 mailbox unavailable',
                },
              ],
          nextCursor: url.includes('cursor=older') ? null : 'older',
        }),
      'POST /api/admin/reminders/outbox/9/retry': () => json(200, { deadlines: 3, newMails: 0, newNotifications: 0, sent: 1, sweepMillis: 5 }),
      'GET /api/admin/calendar/days': () =>
        json(200, {
          year: 2026,
          days: [
            { date: '2026-01-01', working: false, name: 'Tết Dương lịch', source: 'LAW' },
            { date: '2026-01-03', working: true, name: 'Ngày làm việc bù', source: 'ADMIN' },
          ],
        }),
    });
    const outbox = await screen.findByTestId('reminder-outbox', {}, { timeout: 15_000 });
    expect(await within(outbox).findByTestId('outbox-count-FAILED')).toHaveTextContent('Gửi lỗi: 2');
    await within(outbox).findByText('550 mailbox unavailable');
    expect(fetchMock).toHaveBeenCalledWith('/api/admin/reminders/outbox?status=FAILED&size=50', expect.anything());
    await userEvent.click(within(outbox).getByRole('button', { name: 'Tải thêm thư cũ hơn (1/2 đã hiện)' }));
    await within(outbox).findByText('551 user not local');
    expect(fetchMock).toHaveBeenCalledWith('/api/admin/reminders/outbox?status=FAILED&cursor=older&size=50', expect.anything());
    expect(within(outbox).queryByTestId('outbox-older')).not.toBeInTheDocument();
    await userEvent.click(within(outbox).getAllByTestId('outbox-retry')[0]);
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/admin/reminders/outbox/9/retry', expect.objectContaining({ method: 'POST' })));

    const calendar = screen.getByTestId('reminder-calendar');
    const days = await within(calendar).findAllByTestId('calendar-day');
    expect(days[0]).toHaveTextContent('01/01/2026');
    expect(days[0]).toHaveTextContent('Theo luật (tự tính)');
    expect(within(days[0]).queryByRole('button', { name: 'Xóa' })).not.toBeInTheDocument();
    expect(days[1]).toHaveTextContent('Thứ Bảy');
    expect(within(days[1]).getByRole('button', { name: 'Xóa' })).toBeInTheDocument();
  });
});
