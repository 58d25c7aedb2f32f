import { describe, expect, it } from 'vitest';
import { leafNodes } from '../utils/criteria-tree';
import { sampleNodes } from '../test-data';
import { nameForYear } from './copy-criteria-set-modal';
import { orderForDiff } from './criteria-diff-modal';
import { toScoreAnswers } from './score-simulator-drawer';
import type { CriteriaSetSummary } from '../types';

describe('score simulator answers', () => {
  it('answers every leaf, not applicable only where allowed', () => {
    const answers = new Map([
      ['1.1.1', { points: 0.5, notApplicable: false }],
      ['1.1.2', { points: 1, notApplicable: true }], // allowed
      ['2.1', { points: 6, notApplicable: true }], // not allowed: ignored
    ]);
    expect(toScoreAnswers(leafNodes(sampleNodes), answers)).toEqual([
      { code: '1.1.1', points: 0.5, notApplicable: false },
      { code: '1.1.2', points: null, notApplicable: true },
      { code: '1.2', points: null, notApplicable: false },
      { code: '2.1', points: 6, notApplicable: false },
      { code: '2.2', points: null, notApplicable: false },
    ]);
  });
});

describe('copy and compare', () => {
  it('moves the year in the name of a copy', () => {
    expect(nameForYear('Bộ tiêu chí cấp huyện năm 2025', 2025, 2026)).toBe('Bộ tiêu chí cấp huyện năm 2026');
    expect(nameForYear('Bộ tiêu chí cấp xã', 2025, 2026)).toBe('Bộ tiêu chí cấp xã (2026)');
  });

  it('compares the newer set against the older one', () => {
    const set = (id: number, year: number) => ({ id, year }) as CriteriaSetSummary;
    expect(orderForDiff(set(1, 2026), set(2, 2025))).toEqual({ newer: set(1, 2026), older: set(2, 2025) });
    expect(orderForDiff(set(1, 2025), set(2, 2026)).newer.id).toBe(2);
    expect(orderForDiff(set(3, 2026), set(5, 2026)).newer.id).toBe(5);
  });
});
