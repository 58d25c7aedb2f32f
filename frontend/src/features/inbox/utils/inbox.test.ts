import { describe, expect, it } from 'vitest';
import { en as en_ } from '@/locales/en';
import { vi as vi_ } from '@/locales/vi';
import { entry } from '../test-data';
import { STEP_ROLES } from '../types';
import { countByStatus, filterEntries, fold, inboxStatusColor, planNames, sortEntries } from './inbox';

describe('inbox helpers', () => {
  it('colours overdue red, due soon orange, returned magenta, open default', () => {
    expect(inboxStatusColor('OVERDUE')).toBe('red');
    expect(inboxStatusColor('DUE_SOON')).toBe('orange');
    expect(inboxStatusColor('RETURNED')).toBe('magenta');
    expect(inboxStatusColor('OPEN')).toBe('default');
  });

  it('sorts nearest due first, no due date last, the most urgent first on the same day', () => {
    const sorted = sortEntries([
      entry('a', { dueDate: null }),
      entry('b', { dueDate: '2026-07-01' }),
      entry('c', { dueDate: '2026-05-01', status: 'DUE_SOON' }),
      entry('d', { dueDate: '2026-05-01', status: 'OVERDUE' }),
      entry('e', { dueDate: '2026-05-01', status: 'RETURNED' }),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['d', 'e', 'c', 'b', 'a']);
  });

  it('filters by status, role, plan and text (title or criterion, without diacritics)', () => {
    const entries = [
      entry('1', { status: 'OVERDUE', role: 'LEAD', title: 'TC 2.3 – Kiểm soát thủ tục hành chính', criterionCode: '2.3' }),
      entry('2', { status: 'OPEN', role: 'SUPPORT', title: 'TC 4.1 – Đánh giá công chức', criterionCode: '4.1', context: 'Kế hoạch khác' }),
      entry('3', { status: 'RETURNED', role: 'REVIEW', title: 'TC 1.1 – Ban hành kế hoạch', criterionCode: '1.1' }),
    ];
    expect(filterEntries(entries, {}).map((e) => e.id)).toEqual(['1', '2', '3']);
    expect(filterEntries(entries, { statuses: ['OVERDUE', 'RETURNED'] }).map((e) => e.id)).toEqual(['1', '3']);
    expect(filterEntries(entries, { roles: ['SUPPORT'] }).map((e) => e.id)).toEqual(['2']);
    expect(filterEntries(entries, { plan: 'Kế hoạch khác' }).map((e) => e.id)).toEqual(['2']);
    expect(filterEntries(entries, { search: 'thu tuc' }).map((e) => e.id)).toEqual(['1']);
    expect(filterEntries(entries, { search: 'danh gia cong chuc' }).map((e) => e.id)).toEqual(['2']);
    expect(filterEntries(entries, { search: '1.1' }).map((e) => e.id)).toEqual(['3']);
    expect(filterEntries(entries, { search: '2.3', roles: ['LEAD'], statuses: ['OPEN'] })).toEqual([]);
  });

  it('folds Vietnamese text, lists plans and counts statuses', () => {
    expect(fold('Kế hoạch Đề án')).toBe('ke hoach de an');
    const entries = [entry('1', { status: 'OVERDUE' }), entry('2', { context: 'A' }), entry('3', { context: null })];
    expect(planNames(entries)).toEqual(['A', 'Kế hoạch nâng cao Chỉ số CCHC năm 2026']);
    expect(countByStatus(entries)).toEqual({ OVERDUE: 1, DUE_SOON: 0, RETURNED: 0, OPEN: 2 });
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

  it('filters an appraisal, an explanation and an approval by their kind', () => {
    const all = [
      entry('a', { role: 'APPRAISE' }),
      entry('b', { role: 'EXPLAIN' }),
      entry('c', { role: 'APPROVE' }),
      entry('d', { role: 'REVIEW' }),
    ];
    expect(filterEntries(all, { roles: ['APPRAISE'] }).map((e) => e.id)).toEqual(['a']);
    expect(filterEntries(all, { roles: ['EXPLAIN', 'APPROVE'] }).map((e) => e.id)).toEqual(['b', 'c']);
  });
});
