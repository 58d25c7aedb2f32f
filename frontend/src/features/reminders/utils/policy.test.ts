import { describe, expect, it } from 'vitest';
import { type PolicyFormValues, toPolicyRequest, validatePolicy } from './policy';

const values = (patch: Partial<PolicyFormValues> = {}): PolicyFormValues => ({
  beforeDays: ['7', '3', '1'],
  onDueDay: true,
  overdueEveryDays: 2,
  escalateAfterDays: 5,
  workingDays: true,
  shiftDueDate: true,
  ...patch,
});

describe('reminder policy validation', () => {
  it('accepts the server ranges, empty before-days and zeros meaning "never"', () => {
    expect(validatePolicy(values())).toEqual({});
    expect(validatePolicy(values({ beforeDays: [], overdueEveryDays: 0, escalateAfterDays: 0 }))).toEqual({});
    expect(validatePolicy(values({ beforeDays: ['90', 1], overdueEveryDays: 30, escalateAfterDays: 90 }))).toEqual({});
  });

  it('rejects what ReminderPolicy.validated rejects, by field', () => {
    expect(validatePolicy(values({ beforeDays: ['0'] }))).toEqual({ beforeDays: 'beforeDaysRange' });
    expect(validatePolicy(values({ beforeDays: ['91'] }))).toEqual({ beforeDays: 'beforeDaysRange' });
    expect(validatePolicy(values({ beforeDays: ['abc'] }))).toEqual({ beforeDays: 'beforeDaysRange' });
    expect(validatePolicy(values({ beforeDays: ['2.5'] }))).toEqual({ beforeDays: 'beforeDaysRange' });
    expect(validatePolicy(values({ beforeDays: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11'] }))).toEqual({ beforeDays: 'beforeDaysCount' });
    expect(validatePolicy(values({ overdueEveryDays: 31, escalateAfterDays: -1 }))).toEqual({
      overdueEveryDays: 'overdueEveryDays',
      escalateAfterDays: 'escalateAfterDays',
    });
    expect(validatePolicy(values({ overdueEveryDays: null, escalateAfterDays: 91 }))).toEqual({
      overdueEveryDays: 'overdueEveryDays',
      escalateAfterDays: 'escalateAfterDays',
    });
  });

  it('sends distinct before-days, largest first', () => {
    expect(toPolicyRequest(values({ beforeDays: ['1', '7', ' 3', '7'] }))).toEqual({
      beforeDays: [7, 3, 1],
      onDueDay: true,
      overdueEveryDays: 2,
      escalateAfterDays: 5,
      workingDays: true,
      shiftDueDate: true,
    });
  });
});
