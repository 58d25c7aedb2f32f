import { describe, expect, it } from 'vitest';
import { sampleResults } from '../test-data';
import { indexChange, rankedUnits } from './results';

describe('results', () => {
  it('orders by rank (shared ranks by name)', () => {
    expect(rankedUnits(sampleResults().units).map((u) => [u.rank, u.unitName])).toEqual([
      [1, 'Xã An Bình'],
      [2, 'Xã Bình Minh'],
      [2, 'Xã Đông Hòa'],
      [4, 'Xã Cát Tiên'],
    ]);
  });

  it('computes the change since last year', () => {
    expect(indexChange(91.25, 88)).toBe(3.25);
    expect(indexChange(71.5, 75)).toBe(-3.5);
    expect(indexChange(85, null)).toBeNull();
  });
});
