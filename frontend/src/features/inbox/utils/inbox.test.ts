import { describe, expect, it } from 'vitest';
import { en as en_ } from '@/locales/en';
import { vi as vi_ } from '@/locales/vi';
import { STEP_ROLES } from '../types';
import { filtersFromParams, filtersToParams, fold, inboxStatusColor, isFiltered } from './inbox';

describe('inbox helpers', () => {
  it('colours overdue red, due soon orange, returned magenta, open default', () => {
    expect(inboxStatusColor('OVERDUE')).toBe('red');
    expect(inboxStatusColor('DUE_SOON')).toBe('orange');
    expect(inboxStatusColor('RETURNED')).toBe('magenta');
    expect(inboxStatusColor('OPEN')).toBe('default');
  });

  it('reads the filters from the URL and writes them back, keeping the drill-down scope', () => {
    const params = new URLSearchParams('allUnits=true&status=OVERDUE,LATE&status=DUE_SOON&role=LEAD&planId=3&field=2&dueFrom=2026-03-01&dueTo=31/12&q=thu+tuc');
    const filters = filtersFromParams(params);
    expect(filters).toEqual({ statuses: ['OVERDUE', 'DUE_SOON'], roles: ['LEAD'], planId: 3, field: '2', dueFrom: '2026-03-01', dueTo: null, q: 'thu tuc' });
    expect(isFiltered(filters)).toBe(true);
    expect(filtersToParams(filters, params).toString()).toBe(
      'allUnits=true&status=OVERDUE%2CDUE_SOON&role=LEAD&planId=3&field=2&dueFrom=2026-03-01&q=thu+tuc',
    );
    const none = filtersFromParams(new URLSearchParams('unitId=12'));
    expect(isFiltered(none)).toBe(false);
    expect(filtersToParams(none, new URLSearchParams('unitId=12&q=x')).toString()).toBe('unitId=12');
  });

  it('folds Vietnamese text', () => {
    expect(fold('Kế hoạch Đề án')).toBe('ke hoach de an');
  });
});

describe('work items by kind', () => {
  // every process model's user tasks: the inbox's role filter must offer each kind they declare
  const models = import.meta.glob('../../../../../bpmn/src/main/resources/bpmn/*.bpmn', {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;

  it('offers every inboxRole of the BPMN models, each with a Vietnamese and an English name', () => {
    const declared = new Set<string>();
    for (const xml of Object.values(models)) {
      for (const match of xml.matchAll(/name="inboxRole" value="([A-Z_]+)"/g)) declared.add(match[1]);
    }
    expect(Object.keys(models).length).toBeGreaterThanOrEqual(3);
    expect([...declared].sort()).toEqual([...STEP_ROLES].sort());
    for (const role of STEP_ROLES) {
      expect(vi_.inbox.roles[role], role).toBeTruthy();
      expect(en_.inbox.roles[role], role).toBeTruthy();
    }
    expect(STEP_ROLES.map((r) => vi_.inbox.roles[r])).toEqual(['Chủ trì', 'Phối hợp', 'Xem xét', 'Thẩm định', 'Giải trình', 'Phê duyệt']);
  });

  it('keeps an appraisal, an explanation and an approval as role filters from the URL', () => {
    expect(filtersFromParams(new URLSearchParams('role=APPRAISE,EXPLAIN,APPROVE,BOSS')).roles).toEqual(['APPRAISE', 'EXPLAIN', 'APPROVE']);
  });
});
