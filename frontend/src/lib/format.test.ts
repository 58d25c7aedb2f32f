import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatPoints } from './format';

describe('formatDate', () => {
  it('writes dd/MM/yyyy with leading zeros', () => {
    expect(formatDate('2026-03-05T03:00:00Z')).toBe('05/03/2026');
  });

  it('uses the date in Hà Nội (UTC+7), not the browser zone', () => {
    // 18:30 UTC on 21/11 is 01:30 on 22/11 in Asia/Ho_Chi_Minh
    expect(formatDate('2026-11-21T18:30:00Z')).toBe('22/11/2026');
    expect(formatDate('2026-11-21T16:59:00Z')).toBe('21/11/2026');
  });

  it('accepts Date objects and epoch millis', () => {
    const date = new Date(Date.UTC(2025, 11, 31, 17, 0)); // 00:00 on 01/01/2026 in Vietnam
    expect(formatDate(date)).toBe('01/01/2026');
    expect(formatDate(date.getTime())).toBe('01/01/2026');
  });

  it('gives an empty string for missing or invalid dates', () => {
    expect(formatDate(null)).toBe('');
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('')).toBe('');
    expect(formatDate('not a date')).toBe('');
  });
});

describe('formatDateTime', () => {
  it('writes dd/MM/yyyy HH:mm in 24-hour time in Asia/Ho_Chi_Minh', () => {
    expect(formatDateTime('2026-11-21T18:30:00Z')).toBe('22/11/2026 01:30');
    expect(formatDateTime('2026-01-02T08:05:00+07:00')).toBe('02/01/2026 08:05');
    expect(formatDateTime('2026-06-15T12:45:00Z')).toBe('15/06/2026 19:45');
  });

  it('shows midnight as 00, not 24', () => {
    expect(formatDateTime('2026-04-30T17:00:00Z')).toBe('01/05/2026 00:00');
  });
});

describe('formatNumber', () => {
  it('uses a comma as the decimal separator', () => {
    expect(formatNumber(8.5)).toBe('8,5');
    expect(formatNumber(0.25)).toBe('0,25');
  });

  it('groups thousands with a dot (vi-VN)', () => {
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
  });

  it('rounds to the requested fraction digits', () => {
    expect(formatNumber(2 / 3, 1)).toBe('0,7');
    expect(formatNumber(5, 2, 2)).toBe('5,00');
  });

  it('gives an empty string for no number', () => {
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(Number.NaN)).toBe('');
  });
});

describe('formatPoints', () => {
  it('writes max points with a comma and no useless decimals', () => {
    expect(formatPoints(13.5)).toBe('13,5');
    expect(formatPoints(100)).toBe('100');
    expect(formatPoints(0.25)).toBe('0,25');
    expect(formatPoints(13.567)).toBe('13,567');
    expect(formatPoints(0.542)).toBe('0,542');
    expect(formatPoints(null)).toBe('');
  });
});
