import type { MatrixRow } from './criteria-tree';

function cell(value: string): string {
  return /[",;\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The current assignments in the import format (Stt | Đơn vị chủ trì | Đơn vị phối hợp, units
 * separated by ";"): every field, and the criteria that have their own assignment.
 */
export function responsibilitiesCsv(rows: readonly MatrixRow[], unitName: (id: number) => string): string {
  const lines = ['Stt,Đơn vị chủ trì,Đơn vị phối hợp'];
  for (const row of rows) {
    if (!row.isField && !row.own) continue;
    const lead = row.leadUnitId !== null ? unitName(row.leadUnitId) : '';
    const supporting = row.supportingUnitIds.map(unitName).join('; ');
    lines.push([row.code, lead, supporting].map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** A data: link to download a CSV (with a BOM so that Excel reads it as UTF-8). */
export function csvDataUrl(csv: string): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
}
