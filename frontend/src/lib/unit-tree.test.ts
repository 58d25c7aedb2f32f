import { describe, expect, it } from 'vitest';
import { buildUnitTree, countByLevel, descendantIds, flattenUnitTree, toTreeSelectData } from './unit-tree';
import type { Unit } from './units';

const unit = (id: number, name: string, parentId: number | null, level = 'DEPARTMENT'): Unit => ({
  id,
  version: 0,
  name,
  shortName: null,
  aliases: [],
  parentId,
  level,
});

describe('buildUnitTree', () => {
  const units = [
    unit(3, 'Sở Tư pháp', 1),
    unit(1, 'UBND tỉnh', null, 'PROVINCE'),
    unit(2, 'Sở Nội vụ', 1),
    unit(4, 'Phòng Cải cách hành chính', 2, 'DIVISION'),
    unit(5, 'UBND huyện A', 1, 'DISTRICT'),
  ];

  it('nests children under their parent, sorted by Vietnamese name, with depth', () => {
    const tree = buildUnitTree(units);
    expect(tree).toHaveLength(1);
    expect(tree[0].name).toBe('UBND tỉnh');
    expect(tree[0].depth).toBe(0);
    expect(tree[0].children?.map((c) => c.name)).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'UBND huyện A']);
    const noiVu = tree[0].children![0];
    expect(noiVu.depth).toBe(1);
    expect(noiVu.children?.map((c) => [c.name, c.depth])).toEqual([['Phòng Cải cách hành chính', 2]]);
  });

  it('leaves children undefined on leaves', () => {
    const tree = buildUnitTree(units);
    expect(tree[0].children![1].children).toBeUndefined();
  });

  it('makes units whose parent is not visible into roots', () => {
    const tree = buildUnitTree([unit(4, 'Phòng CCHC', 2), unit(9, 'Phòng Tổ chức', 2)]);
    expect(tree.map((n) => n.name)).toEqual(['Phòng CCHC', 'Phòng Tổ chức']);
    expect(tree.every((n) => n.depth === 0)).toBe(true);
  });

  it('does not loop on a parent cycle and keeps every unit', () => {
    const tree = buildUnitTree([unit(1, 'A', 2), unit(2, 'B', 1), unit(3, 'C', 3)]);
    const flat = flattenUnitTree(tree);
    expect(flat.map((n) => n.id).sort()).toEqual([1, 2, 3]);
  });

  it('flattens depth-first with parents before children', () => {
    expect(flattenUnitTree(buildUnitTree(units)).map((n) => n.id)).toEqual([1, 2, 4, 3, 5]);
  });

  it('finds descendants, which cannot be chosen as a new parent', () => {
    expect([...descendantIds(units, 1)].sort()).toEqual([1, 2, 3, 4, 5]);
    expect([...descendantIds(units, 2)].sort()).toEqual([2, 4]);
    const data = toTreeSelectData(buildUnitTree(units), descendantIds(units, 2));
    expect(data[0].disabled).toBeUndefined();
    expect(data[0].children![0]).toMatchObject({ value: 2, disabled: true });
    expect(data[0].children![0].children![0]).toMatchObject({ value: 4, disabled: true });
  });

  it('counts units per level', () => {
    expect(Object.fromEntries(countByLevel(units))).toEqual({ PROVINCE: 1, DEPARTMENT: 2, DIVISION: 1, DISTRICT: 1 });
  });
});
