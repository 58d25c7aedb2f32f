import { formatNumber } from '@/lib/format';
import type { Comparator, Indicator, Target, TargetKind } from '../types';

/** Words for a YES_NO figure, from the locale. */
export type YesNo = { yes: string; no: string };

/** 96.5 → "96,5%" (PERCENT), 2 → "2" (COUNT), 1 → "Có" (YES_NO); empty for no figure. */
export function formatValue(kind: TargetKind, value: number | null | undefined, words: YesNo): string {
  if (value === null || value === undefined) return '';
  if (kind === 'PERCENT') return `${formatNumber(value, 1)}%`;
  if (kind === 'YES_NO') return value >= 1 ? words.yes : words.no;
  return formatNumber(value);
}

/** "≥ 95%", "≤ 0", "Có" (a YES_NO target is met by "yes"). */
export function formatThreshold(kind: TargetKind, comparator: Comparator, value: number, words: YesNo): string {
  if (kind === 'YES_NO') return formatValue(kind, value, words);
  return `${comparator === 'AT_MOST' ? '≤' : '≥'} ${formatValue(kind, value, words)}`;
}

/** The data-met attribute of a scoreboard cell. */
export const metState = (met: boolean | null | undefined): 'true' | 'false' | 'none' => (met === true ? 'true' : met === false ? 'false' : 'none');

export const MET_COLORS = {
  true: { color: '#237804', background: '#f6ffed', border: '#b7eb8f' },
  false: { color: '#a8071a', background: '#fff1f0', border: '#ffa39e' },
  none: { color: '#595959', background: '#fafafa', border: '#f0f0f0' },
} as const;

/** The targets in their order, grouped by `group` (first appearance decides the group's place). */
export function groupTargets(targets: readonly Target[]): { group: string; targets: Target[] }[] {
  const groups = new Map<string, Target[]>();
  for (const t of targets) groups.set(t.group, [...(groups.get(t.group) ?? []), t]);
  return [...groups.entries()].map(([group, list]) => ({ group, targets: list }));
}

export const indicatorOf = (indicators: readonly Indicator[], code: string) => indicators.find((i) => i.code === code);

/** The thresholds of a target for the given levels, in level order; undefined for a level the target does not apply to. */
export const thresholdsFor = (target: Pick<Target, 'thresholds'>, levels: readonly string[]) =>
  levels.map((level) => ({ level, value: target.thresholds[level] }));
