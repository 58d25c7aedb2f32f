import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { sampleSheet } from '../test-data';
import { changedAnswers, changedAppraisals, errorsByCode, groupByField, missingReasons, savedAnswer, totals } from './sheet-draft';

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
