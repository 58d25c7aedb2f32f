import { describe, expect, it } from 'vitest';
import { deductionPoints, describeBands, ratePercent, ratePoints, type RateBand } from './item-scoring';

// The same cases as the server's GuidanceReaderTest (rateItemsAreScoredExactlyAtTheirBounds, deductionsStopAtZero).
const bands: RateBand[] = [
  { lowerPercent: 80, inclusive: true, points: 1 },
  { lowerPercent: 50, inclusive: true, points: 0.5 },
  { lowerPercent: 0, inclusive: true, points: 0 },
];

describe('ratePoints', () => {
  it('gives the band of the rate, exactly at the bounds', () => {
    expect(ratePoints(bands, 850, 1000)).toBe(1);
    expect(ratePoints(bands, 800, 1000)).toBe(1); // exactly 80 %
    expect(ratePoints(bands, 799, 1000)).toBe(0.5);
    expect(ratePoints(bands, 2, 3)).toBe(0.5);
    expect(ratePoints(bands, 0, 7)).toBe(0);
    expect(ratePoints(bands, 1, 0)).toBeNull();
    expect(ratePoints(bands, null, 10)).toBeNull();
  });

  it('keeps "trên 80%" exclusive', () => {
    const above: RateBand[] = [
      { lowerPercent: 80, inclusive: false, points: 1 },
      { lowerPercent: 0, inclusive: true, points: 0 },
    ];
    expect(ratePoints(above, 800, 1000)).toBe(0);
    expect(ratePoints(above, 801, 1000)).toBe(1);
  });

  it('compares 29/100 with 0.29 without float error', () => {
    const b: RateBand[] = [
      { lowerPercent: 29, inclusive: true, points: 1 },
      { lowerPercent: 0, inclusive: true, points: 0 },
    ];
    expect(ratePoints(b, 0.29, 1)).toBe(1);
    expect(ratePercent(850, 1000)).toBe(85);
  });
});

describe('deductionPoints', () => {
  it('stops at zero', () => {
    expect(deductionPoints(2, 0.5, 0)).toBe(2);
    expect(deductionPoints(2, 0.5, 3)).toBe(0.5);
    expect(deductionPoints(2, 0.5, 4)).toBe(0);
    expect(deductionPoints(2, 0.5, 9)).toBe(0);
    expect(deductionPoints(1, 0.25, null)).toBeNull();
  });
});

describe('describeBands', () => {
  it('writes the words the server writes', () => {
    expect(describeBands(bands)).toBe('từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm');
  });
});
