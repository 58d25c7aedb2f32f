import { describe, expect, it } from 'vitest';
import { node, sampleNodes } from '../test-data';
import type { ResponsibilityRow } from '../types';
import {
  buildMatrixRows,
  childrenSumDisplay,
  compareCodes,
  countNodes,
  countSumMismatches,
  expandableKeys,
  flattenRows,
  leafNodes,
  suggestChildCode,
  toTreeRows,
} from './criteria-tree';
import { responsibilitiesCsv } from './matrix-csv';

describe('toTreeRows', () => {
  it('keeps the hierarchy with parents, and no children array on leaves', () => {
    const rows = toTreeRows(sampleNodes);
    expect(rows.map((r) => r.code)).toEqual(['1', '2']);
    const criterion = rows[0].children![0];
    expect(criterion).toMatchObject({ code: '1.1', key: '2', parentId: 1, parentCode: '1' });
    expect(criterion.children!.map((c) => c.code)).toEqual(['1.1.1', '1.1.2']);
    expect(criterion.children![0].children).toBeUndefined();
    expect(rows[0].parentId).toBeNull();
  });

  it('keys preview nodes (no id) by their position', () => {
    const rows = toTreeRows([node(null, '1', 'A', 2, [node(null, '1.1', 'B', 1), node(null, '1.2', 'C', 1)])]);
    expect(flattenRows(rows).map((r) => r.key)).toEqual(['p0', 'p0.0', 'p0.1']);
  });

  it('expands every row with children by default', () => {
    expect(expandableKeys(toTreeRows(sampleNodes))).toEqual(['1', '2', '6']);
  });
});

describe('sum of children', () => {
  it('shows nothing for a leaf', () => {
    expect(childrenSumDisplay({ childrenSum: null, sumMismatch: false })).toBeNull();
  });

  it('shows the sum with a comma and flags a mismatch', () => {
    expect(childrenSumDisplay({ childrenSum: 8.5, sumMismatch: false })).toEqual({ text: '8,5', mismatch: false });
    expect(childrenSumDisplay({ childrenSum: 13, sumMismatch: true })).toEqual({ text: '13', mismatch: true });
  });

  it('counts the mismatches of the whole tree', () => {
    expect(countSumMismatches(sampleNodes)).toBe(1);
    expect(countNodes(sampleNodes)).toBe(8);
  });
});

describe('tree helpers', () => {
  it('lists the scored leaves in order', () => {
    expect(leafNodes(sampleNodes).map((n) => n.code)).toEqual(['1.1.1', '1.1.2', '1.2', '2.1', '2.2']);
  });

  it('compares codes number by number', () => {
    expect(['1.10', '2', '1.2', '1', '1.2.1'].sort(compareCodes)).toEqual(['1', '1.2', '1.2.1', '1.10', '2']);
  });

  it('proposes the next code of a child or field', () => {
    expect(suggestChildCode(null, sampleNodes)).toBe('3');
    expect(suggestChildCode({ code: '1.1' }, sampleNodes[0].children[0].children)).toBe('1.1.3');
    expect(suggestChildCode({ code: '2.1' }, [])).toBe('2.1.1');
  });
});

describe('buildMatrixRows', () => {
  const row = (nodeId: number, code: string, depth: number, own: boolean, leadUnitId: number | null, supportingUnitIds: number[] = []): ResponsibilityRow => ({
    nodeId,
    code,
    title: `Mục ${code}`,
    depth,
    own,
    leadUnitId,
    supportingUnitIds,
    note: null,
  });
  const rows = [
    row(12, '2.1', 2, false, 30),
    row(2, '1.10', 2, true, 31, [30]),
    row(11, '2', 1, true, 30),
    row(1, '1', 1, true, 40, [41, 42]),
    row(3, '1.2', 2, false, 40, [41, 42]),
    row(99, '9.1', 2, false, null),
  ];

  it('puts each field before its criteria, in code order, and keeps orphans', () => {
    expect(buildMatrixRows(rows).map((r) => r.code)).toEqual(['1', '1.2', '1.10', '2', '2.1', '9.1']);
  });

  it('marks inherited and resettable criteria', () => {
    const byCode = new Map(buildMatrixRows(rows).map((r) => [r.code, r]));
    expect(byCode.get('1')).toMatchObject({ isField: true, inherited: false, resettable: false, fieldCode: '1' });
    expect(byCode.get('1.2')).toMatchObject({ isField: false, inherited: true, resettable: false, fieldCode: '1' });
    expect(byCode.get('1.10')).toMatchObject({ inherited: false, resettable: true });
    expect(byCode.get('9.1')).toMatchObject({ unassigned: true });
  });

  it('writes the current assignments as an importable CSV', () => {
    const names: Record<number, string> = { 30: 'Phòng Tư pháp', 31: 'Văn phòng HĐND và UBND', 40: 'Phòng Nội vụ', 41: 'Phòng Tư pháp', 42: 'Công an huyện, "CA"' };
    const csv = responsibilitiesCsv(buildMatrixRows(rows), (id) => names[id]);
    expect(csv.split('\r\n')).toEqual([
      'Stt,Đơn vị chủ trì,Đơn vị phối hợp',
      '1,Phòng Nội vụ,"Phòng Tư pháp; Công an huyện, ""CA"""',
      '1.10,Văn phòng HĐND và UBND,Phòng Tư pháp',
      '2,Phòng Tư pháp,',
      '',
    ]);
  });
});
