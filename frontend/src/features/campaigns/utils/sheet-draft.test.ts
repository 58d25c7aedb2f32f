import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { sampleSheet, sheetItem } from '../test-data';
import {
  changedAnswers,
  changedAppraisals,
  errorsByCode,
  groupByField,
  missingReasons,
  savedAnswer,
  savedAppraisal,
  totals,
  withFigures,
} from './sheet-draft';

const { items } = sampleSheet();

describe('changedAnswers', () => {
  it('sends nothing when no draft differs from what is saved', () => {
    expect(changedAnswers(items, {})).toEqual([]);
    // touched but back to the saved value (also whitespace only in the explanation)
    expect(changedAnswers(items, { '1.1': { ...savedAnswer(items[0]), explanation: 'Đã ban hành kế hoạch  ' } })).toEqual([]);
  });

  it('sends only the changed items, each with its whole answer, in the sheet order', () => {
    expect(
      changedAnswers(items, {
        '2.1': { points: null, notApplicable: true, explanation: '' },
        '1.1': { points: 2, notApplicable: false, explanation: 'Đã ban hành kế hoạch' },
        '2.2': { points: null, notApplicable: false, explanation: '' },
      }),
    ).toEqual([
      // each with the version of the answer it changes (null: the item was unanswered)
      { code: '1.1', points: 2, notApplicable: false, explanation: 'Đã ban hành kế hoạch', version: 3 },
      { code: '2.1', points: null, notApplicable: true, explanation: null, version: null },
    ]);
  });
});

describe('appraisal drafts', () => {
  it('sends changed scores and reasons only; a changed score without reason is reported', () => {
    const drafts = { '1.1': { appraisedPoints: 1, reason: '' }, '1.2': { appraisedPoints: null, reason: '' } };
    expect(changedAppraisals(items, drafts)).toEqual([{ code: '1.1', appraisedPoints: 1, reason: null, version: 3 }]);
    expect(missingReasons(items, drafts)).toEqual(['1.1']);
    expect(missingReasons(items, { '1.1': { appraisedPoints: 1.5, reason: '' } })).toEqual([]);
    expect(missingReasons(items, { '1.1': { appraisedPoints: 1, reason: 'Thiếu văn bản' } })).toEqual([]);
  });
});

describe('totals and groups', () => {
  it('not-applicable items count for nothing; the council score replaces the unit\'s', () => {
    expect(totals(items, {}, {})).toEqual({ self: 1.5, appraised: 1.5, max: 7 });
    const t = totals(items, { '2.1': { points: null, notApplicable: true, explanation: '' }, '1.2': { points: 1, notApplicable: false, explanation: '' } }, { '1.1': { appraisedPoints: 0.5, reason: 'x' } });
    expect(t).toEqual({ self: 2.5, appraised: 1.5, max: 5 });
  });

  it('groups items by field in order', () => {
    expect(groupByField(items).map((g) => [g.fieldCode, g.items.map((i) => i.code)])).toEqual([
      ['1', ['1.1', '1.2']],
      ['2', ['2.1', '2.2']],
    ]);
  });

  it('reads the item codes of a 422', () => {
    const error = new ApiError({ status: 422, title: 'x', url: '/', errors: [{ field: '1.2', message: 'Mục 1.2 chưa chấm điểm' }, { message: 'khác' }] });
    expect(errorsByCode(error)).toEqual({ '1.2': ['Mục 1.2 chưa chấm điểm'], '': ['khác'] });
  });
});

describe('rate and deduction items', () => {
  const rate = sheetItem('3.3.1', {
    answerType: 'RATE',
    maxPoints: 1,
    numeratorLabel: 'Số hồ sơ trực tuyến',
    bands: [
      { lowerPercent: 80, inclusive: true, points: 1 },
      { lowerPercent: 50, inclusive: true, points: 0.5 },
      { lowerPercent: 0, inclusive: true, points: 0 },
    ],
  });
  const deduction = sheetItem('3.2.1', { answerType: 'DEDUCTION', maxPoints: 2, pointsPerEvent: 0.5 });

  it('computes the points from the figures as they are typed, and sends the figures', () => {
    const typed = withFigures(rate, savedAnswer(rate), { numerator: 850, denominator: 1000 });
    expect(typed.points).toBe(1);
    expect(withFigures(rate, typed, { numerator: 800 }).points).toBe(1); // exactly 80 %
    expect(withFigures(rate, typed, { numerator: 799 }).points).toBe(0.5);
    expect(withFigures(rate, savedAnswer(rate), { numerator: 850 }).points).toBeNull(); // no denominator yet
    expect(changedAnswers([rate], { '3.3.1': typed })).toEqual([
      { code: '3.3.1', points: 1, notApplicable: false, explanation: null, version: null, numerator: 850, denominator: 1000 },
    ]);
    const floor = withFigures(deduction, savedAnswer(deduction), { events: 5 });
    expect(floor.points).toBe(0);
    expect(changedAnswers([deduction], { '3.2.1': floor })[0]).toMatchObject({ events: 5, points: 0 });
  });

  it('lets the council change the figures (with a reason) and the points follow', () => {
    const saved = { ...rate, selfPoints: 1, numerator: 850, denominator: 1000 };
    const d = withFigures(saved, savedAppraisal(saved), { numerator: 499, denominator: 1000 });
    expect(d.appraisedPoints).toBe(0);
    expect(missingReasons([saved], { '3.3.1': d })).toEqual(['3.3.1']);
    expect(changedAppraisals([saved], { '3.3.1': { ...d, reason: 'Số liệu hệ thống: 499' } })).toEqual([
      { code: '3.3.1', appraisedPoints: 0, reason: 'Số liệu hệ thống: 499', version: null, numerator: 499, denominator: 1000 },
    ]);
  });
});
