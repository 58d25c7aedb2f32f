import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json } from '@/test/fake-backend';
import { renderRoute } from '@/test/render-route';

const levels = [
  { code: 'DISTRICT', nameVi: 'Huyện', nameEn: 'District', root: true, parents: [] },
  { code: 'DISTRICT_OFFICE', nameVi: 'Phòng, ban', nameEn: 'Office', root: false, parents: ['DISTRICT'] },
];
const district = { id: 1, name: 'UBND huyện A', shortName: null, aliases: [], parentId: null, level: 'DISTRICT', version: 0 };
const office = { id: 2, name: 'Phòng Nội vụ', shortName: 'PNV', aliases: ['Nội vụ'], parentId: 1, level: 'DISTRICT_OFFICE', version: 3 };

function renderUnits(handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, { demo: false, demoAccounts: [], levels }),
    'GET /api/me': () => json(200, { username: 'admin', displayName: 'Quản trị', roles: ['ADMIN'], unit: null }),
    'GET /api/units': () => json(200, [district, office]),
    ...handlers,
  });
  renderRoute('/admin/units');
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

const puts = (fetchMock: ReturnType<typeof fakeBackend>) =>
  fetchMock.mock.calls.filter(([url, init]) => url === '/api/units/2' && init?.method === 'PUT').map(([, init]) => JSON.parse(init!.body as string));

describe('units page', () => {
  it('sends the version read, and on a 409 shows both values and keeps mine over the current version', async () => {
    const current = { ...office, name: 'Phòng Nội vụ huyện', version: 4 };
    let calls = 0;
    const fetchMock = renderUnits({
      'PUT /api/units/2': () =>
        ++calls === 1
          ? json(409, {
              status: 409,
              detail: 'Đơn vị "Phòng Nội vụ" vừa được Trần Thị B (admin2) lúc 04/12/2026 10:00 lưu sau khi bạn mở; chưa lưu.',
              errors: [{ field: 'version', message: 'Đơn vị đã được Trần Thị B (admin2) lúc 04/12/2026 10:00 thay đổi' }],
              current,
            })
          : json(200, { ...current, shortName: 'NV', version: 5 }),
    });
    await userEvent.click(await screen.findByTestId('unit-edit-2', {}, { timeout: 15_000 }));
    const shortName = await screen.findByLabelText('Tên viết tắt');
    await userEvent.clear(shortName);
    await userEvent.type(shortName, 'NV');
    await userEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    const dialog = await screen.findByTestId('stale-items');
    expect(screen.getAllByText('Đơn vị “Phòng Nội vụ” vừa được người khác lưu sau khi bạn mở').length).toBeGreaterThan(0);
    expect(within(dialog).getByTestId('stale-name')).toHaveTextContent('Tên đơn vị: bạn nhập «Phòng Nội vụ»; hiện tại «Phòng Nội vụ huyện»');
    expect(within(dialog).getByTestId('stale-shortName')).toHaveTextContent('bạn nhập «NV»; hiện tại «PNV»');
    expect(within(dialog).queryByTestId('stale-level')).not.toBeInTheDocument();
    expect(within(dialog).getByTestId('stale-by')).toHaveTextContent('Trần Thị B (admin2) lúc 04/12/2026 10:00');
    expect(puts(fetchMock)[0].version).toBe(3);
    // the choice dialog answers the 409; the form shows no error alert behind it
    expect(document.querySelector('.ant-modal-body .ant-alert-error')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Giữ giá trị của tôi' }));
    await waitFor(() => expect(calls).toBe(2));
    expect(puts(fetchMock)[1]).toMatchObject({ name: 'Phòng Nội vụ', shortName: 'NV', version: 4 });
  }, 60_000);

  it('takes the current values: nothing is sent again and the list is read again', async () => {
    let reads = 0;
    const fetchMock = renderUnits({
      'GET /api/units': () => json(200, ++reads === 1 ? [district, office] : [district, { ...office, name: 'Phòng Nội vụ huyện', version: 4 }]),
      'PUT /api/units/2': () =>
        json(409, { status: 409, detail: 'Đã thay đổi', errors: [{ field: 'version', message: 'Đơn vị đã được admin2 thay đổi' }], current: { ...office, name: 'Phòng Nội vụ huyện', version: 4 } }),
    });
    await userEvent.click(await screen.findByTestId('unit-edit-2', {}, { timeout: 15_000 }));
    await userEvent.click(await screen.findByRole('button', { name: 'Lưu' }));
    await screen.findByTestId('stale-items');
    await userEvent.click(screen.getByRole('button', { name: 'Dùng giá trị hiện tại' }));
    await within(screen.getByTestId('units-table')).findByText('Phòng Nội vụ huyện');
    expect(puts(fetchMock)).toHaveLength(1);
  }, 60_000);

  it('shows the history of a unit: who, when, and each changed field before and after', async () => {
    renderUnits({
      'GET /api/units/2/history': () =>
        json(200, [
          { revision: 7, at: '2026-12-01T02:00:00Z', by: 'admin', byName: 'Nguyễn Văn A', clientAddress: '10.0.0.5', kind: 'ADD', changes: [{ field: 'name', before: null, after: 'Phòng Nội vụ' }] },
          { revision: 9, at: '2026-12-03T03:30:00Z', by: 'admin2', byName: 'Trần Thị B', clientAddress: null, kind: 'MOD', changes: [{ field: 'shortName', before: null, after: 'PNV' }, { field: 'parent', before: 'UBND huyện B', after: 'UBND huyện A' }, { field: 'level', before: 'DISTRICT', after: 'DISTRICT_OFFICE' }] },
        ]),
    });
    await userEvent.click(await screen.findByTestId('unit-history-2', {}, { timeout: 15_000 }));
    const changes = await screen.findAllByTestId('unit-history-change');
    expect(changes).toHaveLength(2);
    expect(changes[0]).toHaveTextContent('03/12/2026');
    expect(changes[0]).toHaveTextContent('Trần Thị B (admin2)');
    expect(changes[0]).toHaveTextContent('Tên viết tắt: — → PNV');
    expect(changes[0]).toHaveTextContent('Đơn vị cấp trên: UBND huyện B → UBND huyện A');
    expect(changes[0]).toHaveTextContent('Cấp: Huyện → Phòng, ban');
    expect(changes[1]).toHaveTextContent('Tạo đơn vị');
    expect(changes[1]).toHaveTextContent('10.0.0.5');
  }, 60_000);
});
