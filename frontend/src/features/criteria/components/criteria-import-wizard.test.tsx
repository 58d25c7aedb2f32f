import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import { fakeBackend, json, problem } from '@/test/fake-backend';
import { node, sampleSet } from '../test-data';
import type { ImportPreview } from '../types';
import { canContinue, CriteriaImportWizard, defaultsFromFileName } from './criteria-import-wizard';

const levels = [
  { code: 'PROVINCE', nameVi: 'Tỉnh, thành phố', nameEn: 'Province' },
  { code: 'DISTRICT', nameVi: 'Quận, huyện', nameEn: 'District' },
];

const goodPreview: ImportPreview = {
  rows: 3,
  totalMaxPoints: 13.5,
  nodes: [node(null, '1', 'CẢI CÁCH THỂ CHẾ', 13.5, [node(null, '1.1', 'Văn bản QPPL', 6.5), node(null, '1.2', 'Kiểm tra', 7)])],
  errors: [],
  warnings: [],
};

const badPreview: ImportPreview = {
  rows: 3,
  totalMaxPoints: 13.5,
  nodes: [node(null, '1', 'CẢI CÁCH THỂ CHẾ', 13.5, [node(null, '1.1', 'Văn bản QPPL', 6.5), node(null, '1.2', 'Kiểm tra', 6)])],
  errors: [{ row: 2, column: 'Điểm chuẩn', message: 'Tổng điểm các mục con (12,5) khác điểm chuẩn (13,5)' }],
  warnings: [],
};

function renderWizard(onImported = vi.fn()) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <CriteriaImportWizard open levels={levels} onClose={() => undefined} onImported={onImported} />
    </AppProvider>,
  );
  return onImported;
}

const file = () => new File(['Stt,Lĩnh vực/Tiêu chí/Tiêu chí thành phần,Điểm chuẩn\n1,CẢI CÁCH THỂ CHẾ,"13,5"\n'], 'bo-tieu-chi-huyen-2026.csv', { type: 'text/csv' });

const upload = async () => userEvent.upload(document.querySelector('input[type=file]') as HTMLInputElement, file());

afterEach(() => vi.unstubAllGlobals());

describe('import wizard steps', () => {
  it('continues only from an error-free, non-empty preview', () => {
    expect(canContinue(undefined)).toBe(false);
    expect(canContinue(goodPreview)).toBe(true);
    expect(canContinue(badPreview)).toBe(false);
    expect(canContinue({ ...goodPreview, nodes: [] })).toBe(false);
  });

  it('takes name and year defaults from the file name', () => {
    expect(defaultsFromFileName('bo-tieu-chi-huyen-2026.xlsx')).toEqual({ name: 'bo-tieu-chi-huyen-2026', year: 2026 });
    expect(defaultsFromFileName('tieu chi.csv').name).toBe('tieu chi');
  });

  it('shows the errors of the preview in red and keeps "Tiếp tục" disabled', async () => {
    fakeBackend({ 'POST /api/criteria-sets/import/preview': () => json(200, badPreview) });
    renderWizard();
    await upload();

    const errors = await screen.findByTestId('criteria-preview-errors');
    const errorRow = within(errors).getByText(/khác điểm chuẩn/).closest('tr')!;
    expect(errorRow).toHaveClass('row-error');
    expect(within(errorRow).getByText('2')).toBeInTheDocument();
    expect(within(errorRow).getByText('Điểm chuẩn')).toBeInTheDocument();
    // the parsed tree is still shown, the inconsistent field in red
    const tree = screen.getByTestId('criteria-preview');
    expect(within(tree).getByText('CẢI CÁCH THỂ CHẾ').closest('tr')).toHaveClass('row-error');
    expect(within(tree).getByTestId('sum-mismatch-1')).toHaveTextContent('12,5');
    expect(screen.getByTestId('criteria-preview-next')).toBeDisabled();
  });

  it('goes from a clean preview to the confirm step and imports, then hands over the new set', async () => {
    const fetchMock = fakeBackend({
      'POST /api/criteria-sets/import/preview': () => json(200, goodPreview),
      'POST /api/criteria-sets/import': () => json(201, sampleSet),
    });
    const onImported = renderWizard();
    await upload();

    const tree = await screen.findByTestId('criteria-preview');
    expect(within(tree).getByText('Văn bản QPPL')).toBeInTheDocument();
    expect(screen.getByTestId('criteria-preview-summary')).toHaveTextContent('tổng điểm chuẩn 13,5');
    const next = screen.getByTestId('criteria-preview-next');
    expect(next).toBeEnabled();
    await userEvent.click(next);

    const name = document.getElementById('import-name') as HTMLInputElement;
    const year = document.getElementById('import-year') as HTMLInputElement;
    expect(name.tagName).toBe('INPUT');
    expect(name).toHaveValue('bo-tieu-chi-huyen-2026');
    expect(year).toHaveValue('2026');
    expect(screen.getByText('Quận, huyện')).toBeInTheDocument(); // DISTRICT by default
    await userEvent.clear(name);
    await userEvent.type(name, 'Bộ tiêu chí cấp huyện năm 2026');
    await userEvent.click(screen.getByTestId('criteria-import-confirm'));

    await waitFor(() => expect(onImported).toHaveBeenCalledWith(expect.objectContaining({ id: 12 })));
    const [, init] = fetchMock.mock.calls.find(([url]) => url === '/api/criteria-sets/import')!;
    const body = init!.body as FormData;
    expect(body.get('name')).toBe('Bộ tiêu chí cấp huyện năm 2026');
    expect(body.get('year')).toBe('2026');
    expect(body.get('level')).toBe('DISTRICT');
    expect((body.get('file') as File).name).toBe('bo-tieu-chi-huyen-2026.csv');
  });

  it('lists the row errors of a refused import, nothing saved', async () => {
    fakeBackend({
      'POST /api/criteria-sets/import/preview': () => json(200, goodPreview),
      'POST /api/criteria-sets/import': () =>
        problem(422, 'Tệp có lỗi', 'Không có dữ liệu nào được lưu', [{ row: 3, column: 'Stt', message: 'Số thứ tự trùng: 1.2' }]),
    });
    const onImported = renderWizard();
    await upload();
    await userEvent.click(await screen.findByTestId('criteria-preview-next'));
    await userEvent.click(screen.getByTestId('criteria-import-confirm'));

    const errors = await screen.findByTestId('criteria-import-errors');
    expect(await within(errors).findByText('Tệp có lỗi')).toBeInTheDocument(); // the alert's chunk loads on first use
    expect(within(errors).getByText('Số thứ tự trùng: 1.2').closest('tr')).toHaveClass('row-error');
    expect(onImported).not.toHaveBeenCalled();
  });
});
