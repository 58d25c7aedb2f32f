import type { UnitResult } from '../types';

/** Units by rank (equal indexes share a rank: 1, 2, 2, 4), then by name. */
export function rankedUnits(units: readonly UnitResult[]): UnitResult[] {
  return [...units].sort((a, b) => a.rank - b.rank || a.unitName.localeCompare(b.unitName, 'vi'));
}

/** Index change since last year's published campaign; null without one. */
export function indexChange(index: number, previous: number | null | undefined): number | null {
  if (previous === null || previous === undefined) return null;
  return Math.round((index - previous) * 100) / 100;
}
