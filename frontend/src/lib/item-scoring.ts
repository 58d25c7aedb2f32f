import { formatPoints } from './format';

/**
 * The points of a rate or deduction item from its figures: the same rule as the server's
 * `ItemScoring` (tested against the same cases), so the sheet shows what the server will store
 * while a person types. Rates are compared exactly (numerator × 100 against bound × denominator).
 */

/** A rate at or above (`inclusive`) or above `lowerPercent` gives `points`. */
export type RateBand = { lowerPercent: number; inclusive: boolean; points: number };

/** Bands from the highest bound down; at one bound, "trên" (exclusive) is the higher band. */
export function sortBands(bands: RateBand[]): RateBand[] {
  return [...bands].sort((a, b) => b.lowerPercent - a.lowerPercent || Number(a.inclusive) - Number(b.inclusive));
}

/** Integers scaled by 1000 so that 0,5 % and 7,5 compare exactly (figures have at most 3 decimals). */
function milli(value: number): bigint {
  return BigInt(Math.round(value * 1000));
}

/** The band's points for numerator/denominator, or null when the figures are missing or the denominator is 0. */
export function ratePoints(bands: RateBand[], numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator == null || denominator == null || !(denominator > 0) || numerator < 0) return null;
  const scaled = milli(numerator) * 100n;
  for (const band of sortBands(bands)) {
    const bound = milli(band.lowerPercent) * milli(denominator);
    const c = scaled * 1000n; // both sides scaled by 10^6
    if (band.inclusive ? c >= bound : c > bound) return band.points;
  }
  return null;
}

/** The rate in percent, for showing ("85"), or null. */
export function ratePercent(numerator: number | null | undefined, denominator: number | null | undefined): number | null {
  if (numerator == null || denominator == null || !(denominator > 0)) return null;
  return Math.round((numerator / denominator) * 10000) / 100;
}

/** max − events × per event, never below 0 (rounded to the 3 decimals points are kept with). */
export function deductionPoints(max: number, pointsPerEvent: number, events: number | null | undefined): number | null {
  if (events == null || events < 0) return null;
  return Math.max(0, Math.round((max - events * pointsPerEvent) * 1000) / 1000);
}

/** "từ 80% trở lên: 1 điểm; từ 50% đến dưới 80%: 0,5 điểm; dưới 50%: 0 điểm" (the server writes the same words). */
export function describeBands(bands: RateBand[]): string {
  const pct = (v: number) => `${formatPoints(v)}%`;
  const parts: string[] = [];
  let above: RateBand | null = null;
  for (const band of sortBands(bands)) {
    let range: string;
    if (!above) range = band.inclusive ? `từ ${pct(band.lowerPercent)} trở lên` : `trên ${pct(band.lowerPercent)}`;
    else if (band.lowerPercent === 0 && band.inclusive)
      range = above.inclusive ? `dưới ${pct(above.lowerPercent)}` : `từ ${pct(above.lowerPercent)} trở xuống`;
    else range = `${band.inclusive ? 'từ' : 'trên'} ${pct(band.lowerPercent)} đến ${above.inclusive ? 'dưới ' : ''}${pct(above.lowerPercent)}`;
    parts.push(`${range}: ${formatPoints(band.points)} điểm`);
    above = band;
  }
  return parts.join('; ');
}
