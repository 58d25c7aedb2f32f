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
import { findUnitByName, unitChoices } from './unknown-units-panel';

const unit = (id: number, name: string, parentId: number | null, level: string, aliases: string[] = []): Unit => ({
  id,
  name,
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

const unknownPreview: PlanImportPreview = {
  plan: planOf(),
  errors: [{ row: 3, column: 'Cơ quan phối hợp', message: 'Không tìm thấy đơn vị "VP UBND"' }],
  unknownUnits: [{ row: 3, column: 'Cơ quan phối hợp', name: 'VP UBND', suggestions: ['Văn phòng HĐND và UBND', 'Phòng Tư pháp'] }],
};
const cleanPreview: PlanImportPreview = { plan: planOf(), errors: [], unknownUnits: [] };

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
const previewCalls = (fetchMock: ReturnType<typeof fakeBackend>) =>
  fetchMock.mock.calls.filter(([url]) => url === '/api/improvement-plans/import/preview').map(([, init]) => init!.body as FormData);

afterEach(() => vi.unstubAllGlobals());

describe('plan import wizard', () => {
  it('continues only from a preview without errors or unknown units, with tasks', () => {
    expect(canContinue(undefined)).toBe(false);
    expect(canContinue(cleanPreview)).toBe(true);
    expect(canContinue(unknownPreview)).toBe(false);
    expect(canContinue({ ...cleanPreview, unknownUnits: unknownPreview.unknownUnits })).toBe(false);
    expect(canContinue({ ...cleanPreview, plan: planOf([fieldRow(2, '1', 'Lĩnh vực')]) })).toBe(false);
  });

  it('chooses the district as owner and offers the suggested units first', () => {
    expect(defaultOwnerUnitId(units)).toBe(5);
    expect(defaultOwnerUnitId([units[0]])).toBe(20);
    expect(findUnitByName(units, 'vp hđnd-ubnd')?.id).toBe(12);
    const groups = unitChoices(unknownPreview.unknownUnits[0], units, { suggestions: 'Gợi ý', all: 'Tất cả' });
    expect(groups[0].options.map((o) => o.value)).toEqual([12, 13]);
    expect(groups[1].options.map((o) => o.value)).not.toContain(12);
    expect(groups[1].options).toHaveLength(3);
  });

  it('maps an unknown unit name with an alias, previews again, then imports and hands over the plan', async () => {
    let previews = 0;
    const fetchMock = fakeBackend({
      'GET /api/units': () => json(200, units),
      'POST /api/improvement-plans/import/preview': () => json(200, previews++ === 0 ? unknownPreview : cleanPreview),
      'POST /api/units/12/aliases': () => json(200, { ...units[3], aliases: ['VP HĐND-UBND', 'VP UBND'] }),
      'POST /api/improvement-plans/import': () => json(201, samplePlan()),
    });
    const onImported = renderWizard();
    await upload();

    const panel = await screen.findByTestId('unknown-units');
    expect(within(panel).getByText('VP UBND')).toBeInTheDocument();
    // the first suggestion is chosen
    expect(within(panel).getByTitle('Văn phòng HĐND và UBND')).toBeInTheDocument();
    expect(screen.getByTestId('plan-preview-errors')).toHaveTextContent('Không tìm thấy đơn vị "VP UBND"');
    // the row with the error is red in the items table
    expect(within(screen.getByTestId('plan-preview')).getByText('Kế hoạch CCHC năm').closest('tr')).toHaveClass('row-error');
    expect(screen.getByTestId('plan-preview-next')).toBeDisabled();

    await userEvent.click(within(panel).getByTestId('unknown-unit-map-0'));

    await waitFor(() => expect(previewCalls(fetchMock)).toHaveLength(2));
    const aliasCall = fetchMock.mock.calls.find(([url]) => url === '/api/units/12/aliases')!;
    expect(JSON.parse(aliasCall[1]!.body as string)).toEqual({ alias: 'VP UBND' });
    // the alias comes before the second preview, which reads the same file for the same unit and year
    const order = fetchMock.mock.calls.map(([url]) => url);
    expect(order.indexOf('/api/units/12/aliases')).toBeLessThan(order.lastIndexOf('/api/improvement-plans/import/preview'));
    const [first, second] = previewCalls(fetchMock);
    for (const body of [first, second]) {
      expect(body.get('year')).toBe(String(new Date().getFullYear()));
      expect(body.get('ownerUnitId')).toBe('5');
      expect((body.get('file') as File).name).toBe('ke-hoach-2026.csv');
    }

    await screen.findByTestId('plan-preview-ok');
    expect(screen.queryByTestId('unknown-units')).not.toBeInTheDocument();
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
