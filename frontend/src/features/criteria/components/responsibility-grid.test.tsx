import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/lib/query-client';
import type { Unit } from '@/lib/units';
import type { ResponsibilityRow } from '../types';
import { buildMatrixRows } from '../utils/criteria-tree';
import { ResponsibilityGrid } from './responsibility-grid';

const unit = (id: number, name: string, shortName: string | null = null): Unit => ({ id, name, shortName, aliases: [], parentId: null, level: 'DISTRICT_OFFICE', version: 0 });
const units = [unit(40, 'Phòng Nội vụ', 'PNV'), unit(41, 'Phòng Tư pháp'), unit(42, 'Văn phòng HĐND và UBND huyện')];

const rows: ResponsibilityRow[] = [
  { nodeId: 101, code: '1', title: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH', depth: 1, own: true, leadUnitId: 40, supportingUnitIds: [41], note: 'Tham mưu UBND huyện' },
  { nodeId: 102, code: '1.1', title: 'Kế hoạch CCHC năm', depth: 2, own: false, leadUnitId: 40, supportingUnitIds: [41], note: null },
  { nodeId: 103, code: '1.2', title: 'Báo cáo CCHC', depth: 2, own: true, leadUnitId: 42, supportingUnitIds: [], note: null },
  { nodeId: 201, code: '2', title: 'CẢI CÁCH THỂ CHẾ', depth: 1, own: false, leadUnitId: null, supportingUnitIds: [], note: null },
];

function renderGrid(editable: boolean, handlers = { onSave: vi.fn(), onReset: vi.fn() }) {
  render(
    <AppProvider queryClient={createQueryClient()}>
      <ResponsibilityGrid rows={buildMatrixRows(rows)} units={units} editable={editable} onSave={handlers.onSave} onReset={handlers.onReset} />
    </AppProvider>,
  );
  return handlers;
}

const rowOf = (nodeId: number) => document.querySelector(`[data-testid="matrix-grid"] tr[data-row-key="${nodeId}"]`) as HTMLElement;

describe('ResponsibilityGrid', () => {
  it('keys each row by node id and shows fields then their indented criteria', () => {
    renderGrid(true);
    const keys = [...document.querySelectorAll('[data-testid="matrix-grid"] tbody tr[data-row-key]')].map((tr) => tr.getAttribute('data-row-key'));
    expect(keys).toEqual(['101', '102', '103', '201']);
  });

  it('tags a criterion without its own assignment as inherited and shows the field’s units', () => {
    renderGrid(true);
    const inherited = rowOf(102);
    expect(within(inherited).getByTestId('state-1.1')).toHaveTextContent('theo lĩnh vực');
    expect(within(inherited).getByTestId('lead-1.1')).toHaveClass('ant-select');
    expect(within(inherited).getByTestId('lead-1.1')).toHaveTextContent('Phòng Nội vụ (PNV)');
    expect(within(inherited).getByTestId('support-1.1')).toHaveTextContent('Phòng Tư pháp');
    expect(within(inherited).queryByTestId('reset-1.1')).not.toBeInTheDocument();
  });

  it('offers to go back to the field’s assignment on a criterion with its own', async () => {
    const { onReset } = renderGrid(true);
    const own = rowOf(103);
    expect(within(own).getByTestId('state-1.2')).toHaveTextContent('riêng');
    expect(within(own).getByTestId('lead-1.2')).toHaveTextContent('Văn phòng HĐND và UBND huyện');
    // fields are never reset, nor are unassigned ones
    expect(within(rowOf(101)).queryByTestId('reset-1')).not.toBeInTheDocument();
    expect(within(rowOf(201)).getByTestId('state-2')).toHaveTextContent('chưa phân công');

    await userEvent.click(within(own).getByTestId('reset-1.2'));
    await userEvent.click(await screen.findByRole('button', { name: 'Dùng theo lĩnh vực' }));
    expect(onReset).toHaveBeenCalledWith(expect.objectContaining({ nodeId: 103, code: '1.2' }));
  });

  it('saves the note of a row with its current units', async () => {
    const { onSave } = renderGrid(true);
    const note = within(rowOf(103)).getByTestId('note-1.2');
    await userEvent.type(note, 'Quý{Enter}');
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ nodeId: 103 }), { leadUnitId: 42, supportingUnitIds: [], note: 'Quý' });
  });

  it('saves a row when its lead unit is chosen', async () => {
    const { onSave } = renderGrid(true);
    const input = within(rowOf(201)).getByTestId('lead-2').querySelector('input')!;
    await userEvent.click(input);
    await userEvent.type(input, 'Tư pháp');
    await userEvent.click(document.querySelector('.ant-select-item-option[title="Phòng Tư pháp"]')!);
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ nodeId: 201 }), { leadUnitId: 41, supportingUnitIds: [], note: null });
  });

  it('shows plain text to readers', () => {
    renderGrid(false);
    expect(screen.getByTestId('lead-1').tagName).not.toBe('DIV');
    expect(screen.getByTestId('lead-1')).toHaveTextContent('Phòng Nội vụ (PNV)');
    expect(screen.queryByTestId('reset-1.2')).not.toBeInTheDocument();
    expect(document.querySelector('.ant-select')).toBeNull();
  });
});
