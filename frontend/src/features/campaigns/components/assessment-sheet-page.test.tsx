import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useRoutes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { fakeBackend, type Handler, json, problem } from '@/test/fake-backend';
import { criteriaField, criteriaSet, sampleCampaign, sampleSheet, sheetItem } from '../test-data';
import type { Sheet } from '../types';

const config = { demo: false, demoAccounts: [], levels: [] };
const SHEET = '/api/campaigns/9/units/31/assessment';
const ANSWERS = '/api/campaigns/9/units/31/answers';

function Routes() {
  return useRoutes(routes);
}

function renderSheet(roles: string[], handlers: Record<string, Handler>) {
  const fetchMock = fakeBackend({
    'GET /api/public/config': () => json(200, config),
    'GET /api/me': () => json(200, { username: 'u', displayName: 'Người dùng', roles, unit: null }),
    'GET /api/tasks': () => json(200, { items: [], nextCursor: null, counts: { OVERDUE: 0, DUE_SOON: 0, RETURNED: 0, OPEN: 0 } }),
    'GET /api/campaigns/9': () => json(200, sampleCampaign()),
    'GET /api/criteria-sets/2': () =>
      json(200, criteriaSet([criteriaField('1', 'Công tác chỉ đạo, điều hành', 10), criteriaField('2', 'Cải cách thủ tục hành chính', 90)])),
    ...handlers,
  });
  render(
    <AppProvider queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={['/campaigns/9/units/31']}>
        <Routes />
      </MemoryRouter>
    </AppProvider>,
  );
  return fetchMock;
}

const calls = (fetchMock: ReturnType<typeof fakeBackend>, method: string, url: string) =>
  fetchMock.mock.calls.filter(([u, init]) => u === url && (init?.method ?? 'GET') === method);

const row = (code: string) => document.querySelector(`[data-testid="assessment-sheet"] tr[data-row-key="${code}"]`) as HTMLElement;
const input = (testId: string) => within(screen.getByTestId(testId)).getByRole('spinbutton');

afterEach(() => vi.unstubAllGlobals());

// typing into a 4-item antd sheet is slow in jsdom: up to 3 min each when the build machine is busy
describe('assessment sheet (unit)', { timeout: 180_000 }, () => {
  it('keeps points above the max as typed, says so, and does not save them', async () => {
    const fetchMock = renderSheet(['UNIT_HEAD'], { [`GET ${SHEET}`]: () => json(200, sampleSheet()) });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    await waitFor(() => expect(input('points-1.1')).toHaveValue('1,5'), { timeout: 15_000 });
    await userEvent.clear(input('points-1.1'));
    await userEvent.type(input('points-1.1'), '5');
    await userEvent.tab();
    // not silently turned into 2: the box keeps 5 and says the most is 2
    expect(input('points-1.1')).toHaveValue('5,0');
    expect(within(row('1.1')).getByTestId('points-over-max')).toHaveTextContent('Vượt điểm tối đa: nhiều nhất 2 điểm');
    expect(input('points-1.1')).toHaveAttribute('aria-invalid', 'true');

    await userEvent.click(within(sheet).getByTestId('sheet-save'));
    expect(await within(row('1.1')).findByTestId('row-error-1.1')).toHaveTextContent('Vượt điểm tối đa');
    expect(calls(fetchMock, 'PUT', ANSWERS)).toHaveLength(0);
  });

  it('asks a rate item for its figures and shows the points as they are typed (850/1,000 → 1 point)', async () => {
    const rateItem = sheetItem('1.1', {
      answerType: 'RATE',
      maxPoints: 1,
      numeratorLabel: 'Số hồ sơ trực tuyến',
      denominatorLabel: 'Tổng số hồ sơ',
      bands: [
        { lowerPercent: 80, inclusive: true, points: 1 },
        { lowerPercent: 50, inclusive: true, points: 0.5 },
        { lowerPercent: 0, inclusive: true, points: 0 },
      ],
    });
    const fetchMock = renderSheet(['UNIT_HEAD'], {
      [`GET ${SHEET}`]: () => json(200, sampleSheet({ items: [rateItem] })),
      [`PUT ${ANSWERS}`]: () => json(200, sampleSheet({ items: [{ ...rateItem, selfPoints: 1, numerator: 850, denominator: 1000, version: 1 }] })),
    });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    const numerator = await within(sheet).findByLabelText('Số hồ sơ trực tuyến 1.1', {}, { timeout: 15_000 });
    expect(within(sheet).getByTestId('figures-points-1.1')).toHaveTextContent('từ 80% trở lên: 1 điểm');
    await userEvent.type(numerator, '850');
    await userEvent.type(within(sheet).getByLabelText('Tổng số hồ sơ 1.1'), '1000');
    await waitFor(() => expect(within(sheet).getByTestId('figures-points-1.1')).toHaveTextContent('Tỷ lệ 85% → 1 điểm'));
    expect(within(sheet).getByTestId('sheet-self-total')).toHaveTextContent('1/1');
    await userEvent.click(within(sheet).getByTestId('sheet-save'));
    await waitFor(() => expect(calls(fetchMock, 'PUT', ANSWERS)).toHaveLength(1));
    expect(JSON.parse(calls(fetchMock, 'PUT', ANSWERS)[0][1]!.body as string)).toEqual([
      { code: '1.1', points: 1, notApplicable: false, explanation: null, version: null, numerator: 850, denominator: 1000 },
    ]);
  });

  it('tracks changes and saves only the changed answers in one PUT', async () => {
    const fetchMock = renderSheet(['UNIT_HEAD'], {
      [`GET ${SHEET}`]: () => json(200, sampleSheet()),
      [`PUT ${ANSWERS}`]: () =>
        json(200, sampleSheet({ items: [sheetItem('1.1', { selfPoints: 2, explanation: 'Đã ban hành kế hoạch' }), sheetItem('1.2', { answerType: 'YES_NO', maxPoints: 1, selfPoints: 1 }), sheetItem('2.1', { notApplicableAllowed: true, notApplicable: true }), sheetItem('2.2')] })),
    });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    expect(within(sheet).getByTestId('sheet-step')).toHaveTextContent('Đang tự đánh giá');
    expect(within(sheet).getByTestId('sheet-self-total')).toHaveTextContent('1,5/7');
    await waitFor(() => expect(sheet).toHaveTextContent('Lĩnh vực 1. Công tác chỉ đạo, điều hành'), { timeout: 15_000 });
    expect(input('points-1.1')).toHaveValue('1,5');
    expect(within(sheet).getByTestId('explanation-1.1').tagName).toBe('TEXTAREA');
    expect(row('1.1')).toHaveTextContent('Cần có: Kế hoạch CCHC');
    // 2.2 is the SIPAS item: filled by the province
    expect(input('points-2.2')).toBeDisabled();

    // a change, then back: nothing to save
    await userEvent.type(within(sheet).getByTestId('explanation-1.1'), ' X');
    expect(within(sheet).getByTestId('sheet-unsaved')).toHaveTextContent('1 thay đổi chưa lưu');
    await userEvent.type(within(sheet).getByTestId('explanation-1.1'), '{Backspace}{Backspace}');
    expect(within(sheet).queryByTestId('sheet-unsaved')).not.toBeInTheDocument();

    await userEvent.clear(input('points-1.1'));
    await userEvent.type(input('points-1.1'), '2');
    await userEvent.click(within(within(sheet).getByTestId('yesno-1.2')).getByLabelText('Có'));
    await userEvent.click(within(sheet).getByTestId('na-2.1'));
    expect(input('points-2.1')).toBeDisabled();
    expect(within(sheet).getByTestId('sheet-unsaved')).toHaveTextContent('3 thay đổi chưa lưu');
    expect(within(sheet).getByTestId('sheet-self-total')).toHaveTextContent('3/5');
    expect(within(sheet).getByTestId('field-subtotal-1')).toHaveTextContent('3/3');

    await userEvent.click(within(sheet).getByTestId('sheet-save'));
    await waitFor(() => expect(within(sheet).queryByTestId('sheet-unsaved')).not.toBeInTheDocument());
    const puts = calls(fetchMock, 'PUT', ANSWERS);
    expect(puts).toHaveLength(1);
    expect(JSON.parse(puts[0][1]!.body as string)).toEqual([
      { code: '1.1', points: 2, notApplicable: false, explanation: 'Đã ban hành kế hoạch', version: 3 },
      { code: '1.2', points: 1, notApplicable: false, explanation: null, version: null },
      { code: '2.1', points: null, notApplicable: true, explanation: null, version: null },
    ]);
    // saved: the sheet from the answer is shown, nothing left to send
    expect(input('points-1.1')).toHaveValue('2,0');
    await userEvent.click(within(sheet).getByTestId('sheet-save'));
    expect(calls(fetchMock, 'PUT', ANSWERS)).toHaveLength(1);
  });

  it('when someone saved the same item after this page read it, shows both values and saves over the current version on "keep mine"', async () => {
    const others = [sheetItem('1.2', { answerType: 'YES_NO', maxPoints: 1 }), sheetItem('2.1', { notApplicableAllowed: true }), sheetItem('2.2')];
    const theirs = sampleSheet({
      items: [
        sheetItem('1.1', { selfPoints: 1, explanation: 'Đã ban hành kế hoạch', version: 4, updatedBy: 'vanphong', updatedAt: '2026-11-03T02:05:00Z' }),
        ...others,
      ],
    });
    let puts = 0;
    const fetchMock = renderSheet(['UNIT_HEAD'], {
      [`GET ${SHEET}`]: () => json(200, sampleSheet()),
      [`PUT ${ANSWERS}`]: () => {
        puts += 1;
        return puts === 1
          ? json(409, { title: 'Conflict', status: 409, detail: 'Có 1 mục đã được người khác lưu', errors: [{ field: '1.1', message: 'Mục 1.1 vừa được vanphong lưu' }], current: theirs })
          : json(200, sampleSheet({ items: [sheetItem('1.1', { selfPoints: 2, explanation: 'Đã ban hành kế hoạch', version: 5 }), ...others] }));
      },
    });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    await userEvent.clear(input('points-1.1'));
    await userEvent.type(input('points-1.1'), '2');
    await userEvent.click(within(sheet).getByTestId('sheet-save'));
    expect(await screen.findByTestId('stale-1.1')).toHaveTextContent('Mục 1.1: bạn nhập 2; hiện tại 1 (do vanphong lưu lúc 03/11/2026 09:05)');
    await userEvent.click(screen.getByRole('button', { name: 'Giữ giá trị của tôi' }));
    await waitFor(() => expect(calls(fetchMock, 'PUT', ANSWERS)).toHaveLength(2));
    expect(JSON.parse(calls(fetchMock, 'PUT', ANSWERS)[1][1]!.body as string)).toEqual([
      { code: '1.1', points: 2, notApplicable: false, explanation: 'Đã ban hành kế hoạch', version: 4 },
    ]);
  });

  it('highlights the items missing on submit and lists them', async () => {
    const fetchMock = renderSheet(['UNIT_HEAD'], {
      [`GET ${SHEET}`]: () => json(200, sampleSheet()),
      'POST /api/campaigns/9/units/31/submit': () =>
        problem(422, 'Dữ liệu không hợp lệ', 'Chưa nộp được: 2 mục còn thiếu', [
          { field: '1.2', message: 'Mục 1.2 chưa chấm điểm' },
          { field: '2.1', message: 'Mục 2.1 chưa chấm điểm' },
        ]),
    });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    await userEvent.click(within(sheet).getByTestId('sheet-submit'));
    const errors = await within(sheet).findByTestId('sheet-errors');
    expect(errors).toHaveTextContent('Chưa nộp được: 2 mục còn thiếu');
    expect(errors).toHaveTextContent('Mục 1.2 chưa chấm điểm');
    expect(row('1.2')).toHaveClass('row-error');
    expect(row('2.1')).toHaveClass('row-error');
    expect(row('1.1')).not.toHaveClass('row-error');
    expect(within(row('1.2')).getByTestId('row-error-1.2')).toHaveTextContent('Mục 1.2 chưa chấm điểm');
    // nothing changed: no PUT before the submit
    expect(calls(fetchMock, 'PUT', ANSWERS)).toHaveLength(0);
    expect(within(sheet).getByTestId('sheet-step')).toHaveTextContent('Đang tự đánh giá');
  });

  it('saves pending changes before submitting, then shows the submitted step and the withdraw button', async () => {
    const fetchMock = renderSheet(['UNIT_HEAD'], {
      [`GET ${SHEET}`]: () => json(200, sampleSheet()),
      [`PUT ${ANSWERS}`]: () => json(200, sampleSheet()),
      'POST /api/campaigns/9/units/31/submit': () => json(200, sampleSheet({ step: 'SUBMITTED', editable: false, canWithdraw: true })),
    });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    await userEvent.click(within(sheet).getByTestId('explanation-1.2'));
    await userEvent.paste('Theo văn bản');
    await userEvent.click(within(sheet).getByTestId('sheet-submit'));
    await waitFor(() => expect(within(sheet).getByTestId('sheet-step')).toHaveTextContent('Đã nộp'));
    const order = fetchMock.mock.calls.map(([u, init]) => `${init?.method ?? 'GET'} ${u}`).filter((c) => !c.startsWith('GET'));
    expect(order).toEqual([`PUT ${ANSWERS}`, 'POST /api/campaigns/9/units/31/submit']);
    expect(within(sheet).getByTestId('sheet-withdraw')).toHaveTextContent('Rút lại');
    expect(within(sheet).queryByTestId('sheet-save')).not.toBeInTheDocument();
  });
});

describe('assessment sheet (council)', { timeout: 180_000 }, () => {
  const submitted = () =>
    sampleSheet({
      step: 'SUBMITTED',
      editable: false,
      canAppraise: true,
      items: [sheetItem('1.1', { selfPoints: 2, version: 3 }), sheetItem('1.2', { answerType: 'YES_NO', maxPoints: 1, selfPoints: 1, version: 1 })],
    });

  it('needs a reason for a changed score, then saves the changed scores and finishes', async () => {
    const fetchMock = renderSheet(['COUNCIL'], {
      [`GET ${SHEET}`]: () => json(200, submitted()),
      'PUT /api/campaigns/9/units/31/appraisal': () => json(200, submitted()),
      'POST /api/campaigns/9/units/31/appraised': () => json(200, { ...submitted(), step: 'APPRAISED', canAppraise: false } satisfies Sheet),
    });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    expect(within(sheet).getByTestId('sheet-step')).toHaveTextContent('Đã nộp');
    expect(input('points-1.1')).toBeDisabled();
    await userEvent.type(input('appraised-1.1'), '1,5');
    await userEvent.click(within(sheet).getByTestId('appraisal-save'));
    expect(await within(sheet).findByTestId('row-error-1.1')).toHaveTextContent('Đổi điểm cần ghi lý do');
    expect(calls(fetchMock, 'PUT', '/api/campaigns/9/units/31/appraisal')).toHaveLength(0);

    await userEvent.click(within(sheet).getByTestId('reason-1.1'));
    await userEvent.paste('Thiếu văn bản');
    await userEvent.click(within(sheet).getByTestId('appraisal-done'));
    await waitFor(() => expect(within(sheet).getByTestId('sheet-step')).toHaveTextContent('Đã thẩm định'));
    const puts = calls(fetchMock, 'PUT', '/api/campaigns/9/units/31/appraisal');
    expect(puts).toHaveLength(1);
    expect(JSON.parse(puts[0][1]!.body as string)).toEqual([{ code: '1.1', appraisedPoints: 1.5, reason: 'Thiếu văn bản', version: 3 }]);
    expect(within(sheet).queryByTestId('appraisal-save')).not.toBeInTheDocument();
  });
});

describe('assessment sheet (rounds)', { timeout: 180_000 }, () => {
  const round1 = { round: 1, points: 1, numerator: null, denominator: null, events: null, closed: true };
  const item = (patch = {}) =>
    sheetItem('1.1', {
      selfPoints: 2,
      appraisedPoints: 1,
      version: 4,
      rounds: [
        { ...round1, round: 0, points: 2, reason: null, by: 'Xã An Bình', at: '2026-11-04T02:00:00Z' },
        { ...round1, reason: 'Thiếu báo cáo quý IV', by: 'Bà Hội Đồng', at: '2026-11-08T02:00:00Z' },
      ],
      ...patch,
    });

  it('lets the unit explain item by item after round 1 and sends its replies with the general one', async () => {
    const explaining = sampleSheet({ step: 'EXPLANATION', editable: false, canExplain: true, closedRound: 1, explanationRequest: 'Giải trình mục 1.1', explanationDue: '2026-11-12', items: [item()] });
    const fetchMock = renderSheet(['UNIT_HEAD'], {
      [`GET ${SHEET}`]: () => json(200, explaining),
      'POST /api/campaigns/9/units/31/explain': () => json(200, { ...explaining, step: 'SUBMITTED', canExplain: false, appraisalRound: 2 } satisfies Sheet),
    });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    expect(await within(sheet).findByTestId('round1-1.1')).toHaveTextContent('Thiếu báo cáo quý IV');
    await userEvent.click(within(sheet).getByTestId('reply-1.1'));
    await userEvent.paste('Báo cáo quý IV gửi ngày 15/12, có số công văn');
    await userEvent.click(within(sheet).getByTestId('explanation-reply'));
    await userEvent.paste('Đơn vị đã bổ sung tài liệu');
    await userEvent.click(within(sheet).getByTestId('explanation-send'));
    await waitFor(() => expect(calls(fetchMock, 'POST', '/api/campaigns/9/units/31/explain')).toHaveLength(1));
    expect(JSON.parse(calls(fetchMock, 'POST', '/api/campaigns/9/units/31/explain')[0][1]!.body as string)).toEqual({
      reply: 'Đơn vị đã bổ sung tài liệu',
      items: [{ code: '1.1', reply: 'Báo cáo quý IV gửi ngày 15/12, có số công văn' }],
    });
  });

  it('shows the council round 1 and the explanation beside round 2, and keeping round 1 needs no reason', async () => {
    const round2 = sampleSheet({
      step: 'SUBMITTED',
      editable: false,
      canAppraise: true,
      appraisalRound: 2,
      closedRound: 1,
      items: [item({ reply: 'Đã gửi báo cáo quý IV' })],
    });
    const fetchMock = renderSheet(['COUNCIL'], {
      [`GET ${SHEET}`]: () => json(200, round2),
      'PUT /api/campaigns/9/units/31/appraisal': () => json(200, round2),
    });
    const sheet = await screen.findByTestId('assessment-sheet', {}, { timeout: 15_000 });
    const r = row('1.1');
    expect(within(r).getByTestId('round1-1.1')).toHaveTextContent('1');
    expect(within(r).getByTestId('round1-1.1')).toHaveTextContent('Bà Hội Đồng');
    expect(within(r).getByTestId('reply-1.1')).toHaveTextContent('Đã gửi báo cáo quý IV');
    expect(within(sheet).getAllByText('Vòng 1 (đã chốt)').length).toBeGreaterThan(0);
    expect(within(sheet).getAllByText('Điểm vòng 2').length).toBeGreaterThan(0);
    // back to the unit's 2 after the explanation: a change from round 1, so a reason is asked for
    await userEvent.clear(input('appraised-1.1'));
    await userEvent.type(input('appraised-1.1'), '2');
    await userEvent.click(within(sheet).getByTestId('appraisal-save'));
    expect(await within(sheet).findByTestId('row-error-1.1')).toHaveTextContent('Đổi điểm cần ghi lý do');
    expect(calls(fetchMock, 'PUT', '/api/campaigns/9/units/31/appraisal')).toHaveLength(0);
  });
});
