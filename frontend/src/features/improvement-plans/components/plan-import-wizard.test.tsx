import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import type { Unit } from '@/lib/units';
import { fakeBackend, json, problem } from '@/test/fake-backend';
import { fieldRow, samplePlan, taskRow } from '../test-data';
import type { PlanImportPreview } from '../types';
import { canContinue, defaultOwnerUnitId, PlanImportWizard } from './plan-import-wizard';
import { answerQuestion, type Choice, NOTE, questionChoices, questionKey, toAnswers } from './open-questions-panel';

const unit = (id: number, name: string, parentId: number | null, level: string, aliases: string[] = []): Unit => ({
  id,
  name,
  version: 0,
  shortName: null,
  aliases,
  parentId,
  level,
});

const units = [
  unit(20, 'UBND tỉnh B', null, 'PROVINCE'),
  unit(5, 'UBND huyện A', 20, 'DISTRICT'),
  unit(11, 'Phòng Nội vụ', 5, 'DIVISION'),
  unit(12, 'Văn phòng HĐND và UBND', 5, 'DIVISION', ['VP HĐND-UBND']),
  unit(13, 'Phòng Tư pháp', 5, 'DIVISION'),
];

const planOf = (items = [fieldRow(2, '1', 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC'), taskRow(3, '1.1', 'Kế hoạch CCHC năm')]) => ({
  ...samplePlan({ items }),
  id: null,
  name: null,
});

const questionPreview: PlanImportPreview = {
  plan: planOf(),
  errors: [],
  unknownUnits: [],
  questions: [
    { row: 3, column: 'Cơ quan phối hợp', phrase: 'VP UBND', candidates: [{ unitId: 12, name: 'Văn phòng HĐND và UBND' }, { unitId: 13, name: 'Phòng Tư pháp' }] },
    { row: 4, column: 'Đơn vị chủ trì', phrase: 'Ban chỉ đạo 35', candidates: [{ unitId: 11, name: 'Phòng Nội vụ' }] },
    { row: 5, column: 'Cơ quan phối hợp', phrase: 'VP UBND.', candidates: [{ unitId: 12, name: 'Văn phòng HĐND và UBND' }] },
  ],
};
const cleanPreview: PlanImportPreview = { plan: planOf(), errors: [], unknownUnits: [], questions: [] };

function renderWizard(onImported = vi.fn()) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <PlanImportWizard open onClose={() => undefined} onImported={onImported} />
    </AppProvider>,
  );
  return onImported;
}

const file = () => new File(['Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần\n'], 'ke-hoach-2026.csv', { type: 'text/csv' });
const upload = async () => {
  // the district is chosen once the units are loaded
  await screen.findByTitle('UBND huyện A');
  await userEvent.upload(document.querySelector('[data-testid="plan-import-file"] input[type=file]') ?? (document.querySelector('input[type=file]') as HTMLInputElement), file());
};
afterEach(() => vi.unstubAllGlobals());

describe('plan import wizard', () => {
  it('continues only from a preview without errors, every question answered, with tasks', () => {
    expect(canContinue(undefined)).toBe(false);
    expect(canContinue(cleanPreview)).toBe(true);
    expect(canContinue(questionPreview)).toBe(false);
    const all = Object.fromEntries(questionPreview.questions.map((q) => [questionKey(q), NOTE as Choice]));
    expect(canContinue(questionPreview, all)).toBe(true);
    expect(canContinue({ ...questionPreview, errors: [{ row: 2, column: 'Điểm chuẩn', message: 'x' }] }, all)).toBe(false);
    expect(canContinue({ ...cleanPreview, plan: planOf([fieldRow(2, '1', 'Lĩnh vực')]) })).toBe(false);
  });

  it('chooses the district as owner, offers the candidates, a note, then every unit, and answers the same phrase once', () => {
    expect(defaultOwnerUnitId(units)).toBe(5);
    expect(defaultOwnerUnitId([units[0]])).toBe(20);
    const groups = questionChoices(questionPreview.questions[0], units, { suggestions: 'Gợi ý', note: 'Ghi chú', all: 'Tất cả' });
    expect(groups.map((g) => g.label)).toEqual(['Gợi ý', 'Ghi chú', 'Tất cả']);
    expect(groups[0].options.map((o) => o.value)).toEqual([12, 13]);
    expect(groups[1].options.map((o) => o.value)).toEqual([NOTE]);
    expect(groups[2].options.map((o) => o.value)).not.toContain(12);
    expect(groups[2].options).toHaveLength(3);
    const [vp, ban, vpDot] = questionPreview.questions;
    const chosen = answerQuestion(questionPreview.questions, {}, vp, 12);
    expect(chosen[questionKey(vpDot)]).toBe(12);
    expect(chosen[questionKey(ban)]).toBeUndefined();
    expect(toAnswers(questionPreview.questions, answerQuestion(questionPreview.questions, chosen, ban, NOTE))).toEqual([
      { row: 3, column: 'Cơ quan phối hợp', phrase: 'VP UBND', unitIds: [12] },
      { row: 4, column: 'Đơn vị chủ trì', phrase: 'Ban chỉ đạo 35', note: true },
      { row: 5, column: 'Cơ quan phối hợp', phrase: 'VP UBND.', unitIds: [12] },
    ]);
  });

  it('shows each open cell, takes the answers, and imports with them', async () => {
    const fetchMock = fakeBackend({
      'GET /api/units': () => json(200, units),
      'POST /api/improvement-plans/import/preview': () => json(200, questionPreview),
      'POST /api/improvement-plans/import': () => json(201, samplePlan()),
    });
    const onImported = renderWizard();
    await upload();

    const panel = await screen.findByTestId('open-questions');
    expect(within(panel).getByText('VP UBND')).toBeInTheDocument();
    expect(within(panel).getByText('Ban chỉ đạo 35')).toBeInTheDocument();
    expect(within(panel).getByText('Còn 3/3 ô có tên đơn vị chưa xác định')).toBeInTheDocument();
    // rows 2 and 3 were read; rows 4 and 5 wait for their answers and count as rows of the file all the same
    expect(screen.getByTestId('plan-preview-summary')).toHaveTextContent('4 dòng');
    expect(screen.getByTestId('plan-preview-next')).toBeDisabled();

    const pick = async (index: number, label: string) => {
      fireEvent.mouseDown(within(panel).getByTestId(`question-select-${index}`).querySelector('input')!);
      const options = await screen.findAllByTitle(label);
      await userEvent.click(options[options.length - 1]);
    };
    await pick(0, 'Văn phòng HĐND và UBND');
    await pick(1, 'Giữ làm ghi chú');
    await waitFor(() => expect(within(panel).getByText('Đã trả lời hết các ô; có thể tiếp tục.')).toBeInTheDocument());
    const next = screen.getByTestId('plan-preview-next');
    expect(next).toBeEnabled();
    await userEvent.click(next);

    const name = document.getElementById('plan-import-name') as HTMLInputElement;
    expect(name).toHaveValue(`Kế hoạch nâng cao Chỉ số CCHC năm ${new Date().getFullYear()} – UBND huyện A`);
    fireEvent.change(name, { target: { value: 'Kế hoạch số 12/KH-UBND' } });
    await userEvent.click(screen.getByTestId('plan-import-confirm'));

    await waitFor(() => expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ id: 3 })));
    const body = fetchMock.mock.calls.find(([url]) => url === '/api/improvement-plans/import')![1]!.body as FormData;
    expect(body.get('name')).toBe('Kế hoạch số 12/KH-UBND');
    expect(body.get('ownerUnitId')).toBe('5');
    expect(JSON.parse(body.get('answers') as string)).toEqual([
      { row: 3, column: 'Cơ quan phối hợp', phrase: 'VP UBND', unitIds: [12] },
      { row: 4, column: 'Đơn vị chủ trì', phrase: 'Ban chỉ đạo 35', note: true },
      { row: 5, column: 'Cơ quan phối hợp', phrase: 'VP UBND.', unitIds: [12] },
    ]);
  }, 60_000);

  it('lists the row errors of a refused import, nothing saved', async () => {
    fakeBackend({
      'GET /api/units': () => json(200, units),
      'POST /api/improvement-plans/import/preview': () => json(200, cleanPreview),
      'POST /api/improvement-plans/import': () =>
        problem(422, 'Bảng có 1 lỗi; chưa có gì được lưu', undefined, [{ row: 4, column: 'Đơn vị chủ trì', message: 'Có nhiệm vụ nhưng thiếu đơn vị chủ trì' }]),
    });
    const onImported = renderWizard();
    await upload();
    await userEvent.click(await screen.findByTestId('plan-preview-next'));
    await userEvent.click(screen.getByTestId('plan-import-confirm'));
    const errors = await screen.findByTestId('plan-import-errors');
    expect(within(errors).getByText('Có nhiệm vụ nhưng thiếu đơn vị chủ trì').closest('tr')).toHaveClass('row-error');
    expect(onImported).not.toHaveBeenCalled();
  }, 60_000);
});
