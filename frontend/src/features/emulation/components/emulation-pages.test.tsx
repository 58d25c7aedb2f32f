import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBackend, type Handler, json, problem } from '@/test/fake-backend';
import { communeRow, departmentRow, levelsConfig, sampleEntry, sampleMovement, sampleNomination, sampleScoreboard, sampleTasks } from '../test-data';
import { renderRoute } from '@/test/render-route';

const config = { demo: false, demoAccounts: [], levels: levelsConfig };
const units = [
  { id: 1, name: 'UBND tỉnh', aliases: [], parentId: null, level: 'PROVINCE' },
  { id: 21, name: 'Sở Nội vụ', aliases: [], parentId: 1, level: 'DEPARTMENT' },
  { id: 22, name: 'Sở Tài chính', aliases: [], parentId: 1, level: 'DEPARTMENT' },
  { id: 31, name: 'UBND xã An Bình', aliases: [], parentId: 1, level: 'COMMUNE' },
];

function renderApp(path: string, roles: string[], handlers: Record<string, Handler>, unit: { id: number; name: string; level: string } | null = null) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => json(200, { username: 'u', displayName: 'Người dùng', roles, unit }),
    'GET /api/units': () => json(200, units),
    'GET /api/notifications': () => json(200, { unread: 0, items: [] }),
    'GET /api/emulation/5': () => json(200, sampleMovement()),
    'GET /api/emulation/5/scoreboard': () => json(200, sampleScoreboard()),
    ...handlers,
  });
  renderRoute(path);
  return fetchMock;
}

const callsTo = (fetchMock: ReturnType<typeof fakeBackend>, method: string, url: string) =>
  fetchMock.mock.calls.filter(([u, init]) => String(u) === url && (init?.method ?? 'GET') === method);
const bodyOf = (fetchMock: ReturnType<typeof fakeBackend>, method: string, url: string, index = 0) =>
  JSON.parse(String(callsTo(fetchMock, method, url)[index]?.[1]?.body));

/** Types a whole value at once (typing key by key re-renders antd inputs for every character: slow on a busy machine). */
async function fill(input: HTMLElement, value: string) {
  await userEvent.click(input);
  await userEvent.paste(value);
}

async function choose(testId: string, option: string) {
  await userEvent.click(within(screen.getByTestId(testId)).getByRole('combobox'));
  await userEvent.click(await screen.findByTitle(option));
}

afterEach(() => vi.unstubAllGlobals());

describe('emulation movements list', { timeout: 60_000 }, () => {
  it('lists movements with n/limit, and a coordinator launches one with the 004 title prefilled; API field errors go next to the fields', async () => {
    let posts = 0;
    const fetchMock = renderApp('/emulation', ['COORDINATOR'], {
      'GET /api/emulation': () => json(200, [sampleMovement()]),
      'POST /api/emulation': () => {
        posts += 1;
        return posts === 1
          ? problem(400, 'Bad Request', 'Dữ liệu không hợp lệ', [{ field: 'year', message: 'Đã có phong trào năm 2026' }])
          : json(201, sampleMovement({ id: 6, year: 2027, nominationCount: 0 }));
      },
      'GET /api/emulation/6': () => json(200, sampleMovement({ id: 6, year: 2027, nominationCount: 0 })),
      'GET /api/emulation/6/scoreboard': () => json(200, sampleScoreboard({ movementId: 6, rows: [] })),
    });
    const row = await screen.findByTestId('emulation-row-5', {}, { timeout: 15_000 });
    expect(row).toHaveTextContent('2026');
    expect(row).toHaveTextContent('Nâng cao trách nhiệm người đứng đầu');
    expect(row).toHaveTextContent('Sở, ban, ngành');
    expect(within(row).getByTestId('emulation-nominations-5')).toHaveTextContent('2/10');
    expect(within(screen.getByTestId('main-menu')).getByText('Thi đua')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('emulation-create'));
    const form = await screen.findByTestId('emulation-form');
    expect(within(form).getByTestId('emulation-name')).toHaveValue('Nâng cao trách nhiệm người đứng đầu trong thực hiện các nhiệm vụ cải cách hành chính');
    expect(within(form).getByTestId('emulation-award-limit')).toHaveValue('10');
    await userEvent.click(within(form).getByLabelText('Xã, phường, thị trấn')); // uncheck communes
    await userEvent.click(screen.getByTestId('emulation-create-ok'));
    expect(await within(form).findByText('Đã có phong trào năm 2026')).toBeInTheDocument();
    expect(bodyOf(fetchMock, 'POST', '/api/emulation')).toEqual({
      year: new Date().getFullYear(),
      name: 'Nâng cao trách nhiệm người đứng đầu trong thực hiện các nhiệm vụ cải cách hành chính',
      levels: ['DEPARTMENT', 'DISTRICT'],
      awardLimit: 10,
    });

    const year = within(form).getByTestId('emulation-year');
    await userEvent.clear(year);
    await fill(year, '2027');
    await userEvent.click(screen.getByTestId('emulation-create-ok'));
    expect(await screen.findByTestId('emulation-detail', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(bodyOf(fetchMock, 'POST', '/api/emulation', 1).year).toBe(2027);
  });

  it('has no launch button for a unit head', async () => {
    renderApp('/emulation', ['UNIT_HEAD'], { 'GET /api/emulation': () => json(200, [sampleMovement()]) });
    await screen.findByTestId('emulation-row-5', {}, { timeout: 15_000 });
    expect(screen.queryByTestId('emulation-create')).not.toBeInTheDocument();
  });
});

describe('scoreboard', { timeout: 60_000 }, () => {
  it('colours each cell by met / not met / no data, counts the targets met, charts them and drills into the tasks behind a computed figure', async () => {
    const fetchMock = renderApp('/emulation/5', ['COORDINATOR'], {
      'GET /api/emulation/5/scoreboard/21/ORDERS_ON_TIME/tasks': () => json(200, sampleTasks()),
    });
    const table = await screen.findByTestId('scoreboard-table', {}, { timeout: 15_000 });
    const rows = await within(table).findAllByTestId(/^scoreboard-row-/);
    expect(rows.map((r) => r.getAttribute('data-testid'))).toEqual(['scoreboard-row-21', 'scoreboard-row-31']);
    expect(within(rows[0]).getByTestId('scoreboard-met-21')).toHaveTextContent('đạt 3/4');
    expect(within(rows[1]).getByTestId('scoreboard-met-31')).toHaveTextContent('đạt 1/3');

    const cell = (unitId: number, code: string) => within(table).getByTestId(`scoreboard-cell-${unitId}-${code}`);
    expect(cell(21, 'ORDERS_ON_TIME')).toHaveAttribute('data-met', 'true');
    expect(cell(21, 'ORDERS_ON_TIME')).toHaveTextContent('96,5%');
    expect(cell(21, 'ORDERS_ON_TIME')).toHaveStyle({ background: '#f6ffed' });
    expect(cell(21, 'DISBURSEMENT')).toHaveTextContent('97,3%');
    expect(cell(21, 'INITIATIVE')).toHaveTextContent('Có');
    expect(cell(21, 'DISCIPLINED_STAFF')).toHaveAttribute('data-met', 'false');
    expect(cell(21, 'DISCIPLINED_STAFF')).toHaveStyle({ background: '#fff1f0' });
    expect(cell(31, 'ORDERS_ON_TIME')).toHaveAttribute('data-met', 'false');
    expect(cell(31, 'INITIATIVE')).toHaveAttribute('data-met', 'none');
    expect(cell(31, 'INITIATIVE')).toHaveTextContent('chưa có số liệu');
    expect(cell(31, 'INITIATIVE')).toHaveStyle({ background: '#fafafa' });
    // disbursement does not apply to communes
    expect(cell(31, 'DISBURSEMENT')).toHaveAttribute('data-met', 'none');
    expect(cell(31, 'DISBURSEMENT')).toHaveTextContent('không áp dụng');

    const chart = screen.getByTestId('scoreboard-chart');
    expect(within(chart).getAllByRole('listitem').map((i) => i.textContent)).toEqual(['Sở Nội vụ3/4', 'UBND xã An Bình1/3']);
    expect(chart.querySelector('[data-bar="21"]')).toHaveStyle({ width: '75%' });

    // an entered figure has no drill-down
    await userEvent.click(cell(21, 'DISBURSEMENT'));
    expect(screen.queryByTestId('indicator-tasks-drawer')).not.toBeInTheDocument();

    await userEvent.click(cell(21, 'ORDERS_ON_TIME'));
    const drawer = await screen.findByTestId('indicator-tasks-drawer');
    expect(within(drawer).getByTestId('indicator-figure')).toHaveTextContent('96,5% (193/200)');
    const taskRows = await within(drawer).findAllByTestId('indicator-task-row');
    expect(taskRows).toHaveLength(2);
    expect(taskRows[0]).toHaveTextContent('Kế hoạch nâng cao Chỉ số CCHC năm 2026');
    expect(taskRows[0]).toHaveTextContent('1.2. Rà soát, công khai thủ tục hành chính');
    expect(taskRows[0]).toHaveTextContent('31/03/2026');
    expect(taskRows[0]).toHaveTextContent('30/03/2026');
    expect(taskRows[0]).toHaveTextContent('Đúng hạn');
    expect(taskRows[1]).toHaveTextContent('05/07/2026');
    expect(taskRows[1]).toHaveTextContent('Trễ hạn');
    expect(callsTo(fetchMock, 'GET', '/api/emulation/5/scoreboard/21/ORDERS_ON_TIME/tasks')).toHaveLength(1);
  });

  it('shows the header tooltip with the threshold per level and the basis', async () => {
    renderApp('/emulation/5', ['COORDINATOR'], {});
    const table = await screen.findByTestId('scoreboard-table', {}, { timeout: 15_000 });
    await within(table).findByTestId('scoreboard-row-21');
    await userEvent.hover(within(table).getAllByText('Tỷ lệ giải ngân vốn đầu tư công')[0]);
    const tip = await screen.findByTestId('scoreboard-header-tip-DISBURSEMENT');
    expect(tip).toHaveTextContent('Sở, ban, ngành: ≥ 95%');
    expect(tip).toHaveTextContent('Xã, phường, thị trấn: không áp dụng');
    expect(tip).toHaveTextContent('Nhập theo kỳ, kèm minh chứng');
  });

  it('shows a unit head only their own standing, without nominations', async () => {
    renderApp(
      '/emulation/5',
      ['UNIT_HEAD'],
      { 'GET /api/emulation/5/scoreboard': () => json(200, sampleScoreboard({ unitCount: 42, rows: [communeRow({ rank: 3, nominated: false })] })) },
      { id: 31, name: 'UBND xã An Bình', level: 'COMMUNE' },
    );
    const own = await screen.findByTestId('scoreboard-own-rank', {}, { timeout: 15_000 });
    expect(own).toHaveTextContent('Xếp hạng của đơn vị: 3/42');
    const table = screen.getByTestId('scoreboard-table');
    expect(within(table).getAllByTestId(/^scoreboard-row-/)).toHaveLength(1);
    expect(within(table).getByTestId('scoreboard-row-31')).toBeInTheDocument();
    expect(screen.queryByTestId('nominate-31')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Đề nghị khen thưởng' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Số liệu nhập' })).toBeInTheDocument();
  });
});

describe('targets', { timeout: 60_000 }, () => {
  it('groups the targets, shows thresholds per level with "không áp dụng", and a coordinator changes them (PUT)', async () => {
    const fetchMock = renderApp('/emulation/5', ['COORDINATOR'], {
      'PUT /api/emulation/5/targets/DISBURSEMENT': (init) => {
        const body = JSON.parse(String(init?.body));
        return json(200, { ...sampleMovement().targets[1], thresholds: body.thresholds });
      },
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Chỉ tiêu' }, { timeout: 15_000 }));
    const table = await screen.findByTestId('targets-table');
    expect(within(table).getByTestId('threshold-DISBURSEMENT-COMMUNE')).toHaveTextContent('không áp dụng');
    expect(within(table).getByTestId('threshold-DISCIPLINED_STAFF-DISTRICT')).toHaveTextContent('≤ 0');
    expect(within(table).getByTestId('threshold-INITIATIVE-DEPARTMENT')).toHaveTextContent('Có');
    expect(within(table).getAllByText('Kết quả thực hiện nhiệm vụ')).toHaveLength(1); // one cell spans the group

    await userEvent.click(within(table).getByTestId('target-edit-DISBURSEMENT'));
    const input = await screen.findByTestId('threshold-input-DISTRICT');
    await userEvent.clear(input);
    await fill(input, '90');
    await userEvent.click(screen.getByTestId('thresholds-ok'));
    await waitFor(() => expect(callsTo(fetchMock, 'PUT', '/api/emulation/5/targets/DISBURSEMENT')).toHaveLength(1));
    expect(bodyOf(fetchMock, 'PUT', '/api/emulation/5/targets/DISBURSEMENT')).toEqual({ thresholds: { DEPARTMENT: 95, DISTRICT: 90 } });
    await waitFor(() => expect(within(table).getByTestId('threshold-DISBURSEMENT-DISTRICT')).toHaveTextContent('≥ 90%'));
  });
});

describe('entered figures', { timeout: 180_000 }, () => {
  it("sends the figure with the target's labels, shows the API's field errors, then offers the evidence upload; the history shows who, when and what was replaced", async () => {
    let posts = 0;
    const fetchMock = renderApp('/emulation/5', ['COORDINATOR'], {
      'GET /api/emulation/5/entries': () =>
        json(200, [sampleEntry(), sampleEntry({ id: 89, numerator: 1800, current: false, enteredBy: 'taichinh', evidence: [] })]),
      'POST /api/emulation/5/entries': () => {
        posts += 1;
        return posts === 1
          ? problem(400, 'Bad Request', 'Dữ liệu không hợp lệ', [{ field: 'numerator', message: 'Tử số không được lớn hơn mẫu số' }])
          : json(201, sampleEntry({ id: 95, evidence: [] }));
      },
      'POST /api/emulation/5/entries/95/attachments': () => json(200, sampleEntry({ id: 95, evidence: [{ id: 8, filename: 'minh-chung.pdf' }] })),
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Số liệu nhập' }, { timeout: 15_000 }));

    const history = await screen.findByTestId('entries-table');
    const current = await within(history).findByTestId('entry-row-90');
    expect(current).toHaveTextContent('05/10/2026 09:30');
    expect(current).toHaveTextContent('noivu');
    expect(current).toHaveTextContent('Tỷ lệ giải ngân vốn đầu tư công');
    expect(current).toHaveTextContent('Quý III');
    expect(current).toHaveTextContent('97,3% (1.945/2.000)');
    expect(current).toHaveTextContent('Đang dùng');
    expect(within(current).getByText('bao-cao-giai-ngan-q3.pdf').closest('a')).toHaveAttribute('href', '/api/emulation/5/entries/90/attachments/7');
    expect(within(history).getByTestId('entry-row-89')).toHaveTextContent('Đã thay thế');

    const form = screen.getByTestId('entry-form');
    // only entered targets may be chosen
    await userEvent.click(within(screen.getByTestId('entry-target')).getByRole('combobox'));
    expect(screen.queryByTitle('Thực hiện mệnh lệnh hành chính cấp trên đúng hạn')).not.toBeInTheDocument();
    await userEvent.click(await screen.findByTitle('Tỷ lệ giải ngân vốn đầu tư công'));
    await choose('entry-unit', 'Sở Nội vụ');
    await choose('entry-period', 'Quý III');
    expect(within(form).getByText('Vốn đã giải ngân (triệu đồng)')).toBeInTheDocument();
    expect(within(form).getByText('Kế hoạch vốn được giao (triệu đồng)')).toBeInTheDocument();
    await fill(within(form).getByTestId('entry-numerator'), '1945');
    await fill(within(form).getByTestId('entry-denominator'), '2000');
    await fill(within(form).getByTestId('entry-note'), 'Theo báo cáo của Sở Tài chính');
    await userEvent.click(screen.getByTestId('entry-submit'));

    expect(await within(form).findByText('Tử số không được lớn hơn mẫu số')).toBeInTheDocument();
    expect(bodyOf(fetchMock, 'POST', '/api/emulation/5/entries')).toEqual({
      unitId: 21,
      targetCode: 'DISBURSEMENT',
      period: 'Q3',
      numerator: 1945,
      denominator: 2000,
      note: 'Theo báo cáo của Sở Tài chính',
    });

    await userEvent.click(screen.getByTestId('entry-submit'));
    const saved = await screen.findByTestId('entry-saved');
    const file = new File(['%PDF-1.4'], 'minh-chung.pdf', { type: 'application/pdf' });
    const input = saved.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [file] } });
    expect(await within(saved).findByText('minh-chung.pdf')).toBeInTheDocument();
    const upload = callsTo(fetchMock, 'POST', '/api/emulation/5/entries/95/attachments')[0];
    expect((upload[1]?.body as FormData).get('file')).toBeInstanceOf(File);
  });

  it('sends 1/0 for a yes/no target and a count without denominator; a unit head may choose only their own units', async () => {
    const fetchMock = renderApp(
      '/emulation/5',
      ['UNIT_HEAD'],
      {
        'GET /api/emulation/5/scoreboard': () => json(200, sampleScoreboard({ rows: [departmentRow()] })),
        'GET /api/emulation/5/entries': () => json(200, []),
        'POST /api/emulation/5/entries': () => json(201, sampleEntry({ id: 96, targetCode: 'INITIATIVE', numerator: 1, denominator: null, evidence: [] })),
      },
      { id: 21, name: 'Sở Nội vụ', level: 'DEPARTMENT' },
    );
    await userEvent.click(await screen.findByRole('tab', { name: 'Số liệu nhập' }, { timeout: 15_000 }));
    const form = await screen.findByTestId('entry-form');
    await userEvent.click(within(screen.getByTestId('entry-unit')).getByRole('combobox'));
    expect(await screen.findByTitle('Sở Nội vụ')).toBeInTheDocument();
    expect(screen.queryByTitle('Sở Tài chính')).not.toBeInTheDocument();
    await userEvent.click(screen.getByTitle('Sở Nội vụ'));

    await choose('entry-target', 'Có sáng kiến cải cách hành chính');
    await userEvent.click(within(form).getByTestId('entry-yes-no'));
    await userEvent.click(screen.getByTestId('entry-submit'));
    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/emulation/5/entries')).toHaveLength(1));
    expect(bodyOf(fetchMock, 'POST', '/api/emulation/5/entries')).toMatchObject({ unitId: 21, targetCode: 'INITIATIVE', numerator: 1, denominator: null });

    await choose('entry-target', 'Cán bộ, công chức bị xử lý kỷ luật');
    await fill(within(form).getByTestId('entry-numerator'), '2');
    await userEvent.click(screen.getByTestId('entry-submit'));
    await waitFor(() => expect(callsTo(fetchMock, 'POST', '/api/emulation/5/entries')).toHaveLength(2));
    expect(bodyOf(fetchMock, 'POST', '/api/emulation/5/entries', 1)).toMatchObject({ targetCode: 'DISCIPLINED_STAFF', numerator: 2, denominator: null });
  });
});

describe('nominations', { timeout: 60_000 }, () => {
  it("proposes from a scoreboard row and shows the API's 409 message when the limit is reached", async () => {
    const limit = 'Phong trào chỉ khen thưởng tối đa 10 cá nhân; đã đề nghị đủ 10.';
    const fetchMock = renderApp('/emulation/5', ['COORDINATOR'], {
      'POST /api/emulation/5/nominations': () => problem(409, 'Conflict', limit),
    });
    const table = await screen.findByTestId('scoreboard-table', {}, { timeout: 15_000 });
    expect(await within(table).findByTestId('nominate-31')).toBeDisabled(); // already nominated
    await userEvent.click(within(table).getByTestId('nominate-21'));
    await fill(await screen.findByTestId('nominate-reason'), 'Đạt 3/4 chỉ tiêu, dẫn đầu khối sở');
    await userEvent.click(screen.getByTestId('nominate-ok'));
    expect(await screen.findByTestId('nomination-error')).toHaveTextContent(limit);
    expect(bodyOf(fetchMock, 'POST', '/api/emulation/5/nominations')).toEqual({ unitId: 21, reason: 'Đạt 3/4 chỉ tiêu, dẫn đầu khối sở' });
  });

  it('lists the nominees with n/limit and their dossier downloads; removal asks first', async () => {
    const fetchMock = renderApp('/emulation/5', ['COORDINATOR'], {
      'GET /api/emulation/5/nominations': () => json(200, [sampleNomination(), sampleNomination({ id: 42, unitId: 21, unitName: 'Sở Nội vụ', headName: 'Nguyễn Văn An' })]),
      'DELETE /api/emulation/5/nominations/41': () => new Response(null, { status: 204 }),
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Đề nghị khen thưởng' }, { timeout: 15_000 }));
    const table = await screen.findByTestId('nominations-table');
    const row = await within(table).findByTestId('nomination-row-41');
    expect(row).toHaveTextContent('UBND xã An Bình');
    expect(row).toHaveTextContent('đạt 1/3');
    expect(row).toHaveTextContent('20/11/2026 10:00');
    expect(screen.getByTestId('nominations-count')).toHaveTextContent('Đã đề nghị 2/10');
    expect(within(row).getByTestId('dossier-docx-41')).toHaveAttribute('href', '/api/emulation/5/nominations/41/dossier?format=docx');
    expect(within(row).getByTestId('dossier-pdf-41')).toHaveAttribute('href', '/api/emulation/5/nominations/41/dossier?format=pdf');

    await userEvent.click(within(row).getByTestId('nomination-remove-41'));
    await userEvent.click(await screen.findByRole('button', { name: 'Bỏ đề nghị' }));
    await waitFor(() => expect(callsTo(fetchMock, 'DELETE', '/api/emulation/5/nominations/41')).toHaveLength(1));
  });
});
