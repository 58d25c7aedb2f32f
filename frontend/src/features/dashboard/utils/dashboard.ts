import type { CoordinatorDashboard, DashboardUnit, FieldScore, PlanOption, ScoreDashboard } from '../types';

export const SEES_ALL_ROLES = ['ADMIN', 'COORDINATOR', 'LEADER', 'COUNCIL'] as const;

/** Share of value in max as a percent in [0, 100]; 0 when max is not positive. */
export function percentOf(value: number, max: number): number {
  if (!(max > 0) || !Number.isFinite(value)) return 0;
  return Math.min(100, Math.max(0, (value / max) * 100));
}

export type ScoreBar = {
  code: string;
  title: string;
  max: number;
  achieved: number;
  secured: number;
  projected: number;
  target: number;
  /** widths in percent of max, left to right; they add up to at most 100 */
  segments: { achieved: number; secured: number; projected: number; atRisk: number };
  /** where the target marker stands, percent of max */
  targetAt: number;
  /** target − projected: the planned gain the projection does not count (items with an overdue task) */
  shortfall: number;
};

/**
 * The stacked bar of one field: the baseline's achieved points, then what accepted tasks have
 * already secured, then what tasks still on time are projected to add, then (hatched) the planned
 * gain at risk up to the target. Each value is cumulative on the backend (achieved ≤ secured ≤
 * projected ≤ target), so the segments are the differences, clamped to the bar.
 */
export function scoreBar(field: FieldScore): ScoreBar {
  const max = Number(field.max) || 0;
  const achieved = Number(field.achieved) || 0;
  const secured = Math.max(achieved, Number(field.secured) || 0);
  const projected = Math.max(secured, Number(field.projected) || 0);
  const target = Number(field.target) || 0;
  const a = percentOf(achieved, max);
  const s = percentOf(secured, max);
  const p = percentOf(projected, max);
  const t = Math.max(p, percentOf(target, max));
  return {
    code: field.code,
    title: field.title,
    max,
    achieved,
    secured,
    projected,
    target,
    segments: { achieved: round(a), secured: round(s - a), projected: round(p - s), atRisk: round(t - p) },
    targetAt: round(percentOf(target, max)),
    shortfall: round(Math.max(0, target - projected)),
  };
}

export function scoreBars(scores: ScoreDashboard | undefined): ScoreBar[] {
  return (scores?.fields ?? []).map(scoreBar);
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Plans that have a baseline (the score dashboard needs one); the selected year's first. */
export function plansWithBaseline(plans: readonly PlanOption[], year: number, ownUnitId?: number): PlanOption[] {
  const usable = plans.filter(
    (p) => p.baseline !== null && p.baseline !== undefined && (ownUnitId === undefined || p.ownerUnitId === ownUnitId),
  );
  return [...usable.filter((p) => p.year === year), ...usable.filter((p) => p.year !== year)];
}

/** The plans the plan filter offers: the year's, only the chosen campaign's when one is chosen. */
export function planFilterOptions(plans: readonly PlanOption[], year: number, campaignId: number | undefined): PlanOption[] {
  return plans.filter((p) => p.year === year && (campaignId === undefined || p.campaignId === campaignId));
}

/** The campaigns the campaign filter offers: the year's and the year before's (plans of year N come from campaign N−1). */
export function campaignFilterOptions<C extends { year: number }>(campaigns: readonly C[], year: number): C[] {
  return campaigns.filter((c) => c.year === year || c.year === year - 1);
}

/** Units with overdue tasks, most first, for the bar chart. */
export function overdueByUnit(units: readonly DashboardUnit[]): DashboardUnit[] {
  return units
    .filter((u) => u.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || String(a.unitName).localeCompare(String(b.unitName), 'vi'));
}

export type Counters = Pick<CoordinatorDashboard, 'open' | 'dueSoon' | 'overdue' | 'doneOnTime' | 'doneLate' | 'onTimeRate'>;

/**
 * The counters to show: the whole organisation's for those who see every unit; the sum of their
 * own rows for a unit head (the backend's counters always cover every unit).
 */
export function visibleCounters(dashboard: CoordinatorDashboard, seesAll: boolean): Counters {
  if (seesAll) return dashboard;
  const sum = (pick: (u: DashboardUnit) => number) => dashboard.units.reduce((n, u) => n + pick(u), 0);
  const doneOnTime = sum((u) => u.doneOnTime);
  const doneLate = sum((u) => u.doneLate);
  return {
    open: sum((u) => u.open),
    dueSoon: sum((u) => u.dueSoon),
    overdue: sum((u) => u.overdue),
    doneOnTime,
    doneLate,
    onTimeRate: doneOnTime + doneLate === 0 ? null : Math.round((doneOnTime * 1000) / (doneOnTime + doneLate)) / 10,
  };
}

/** The years the selector offers: three back and one ahead of this year, and the chosen one. */
export function yearOptions(current: number, chosen: number): number[] {
  const years = new Set<number>([current + 1, current, current - 1, current - 2, current - 3, chosen]);
  return [...years].sort((a, b) => b - a);
}

/** The inbox list a dashboard click opens: one unit's or every unit's open work, optionally of one status. */
export function drillDownLink({ unitId, allUnits, status }: { unitId?: number; allUnits?: boolean; status?: 'DUE_SOON' | 'OVERDUE' }): string {
  const params = new URLSearchParams();
  if (unitId !== undefined) params.set('unitId', String(unitId));
  else if (allUnits) params.set('allUnits', 'true');
  if (status) params.set('status', status);
  const query = params.toString();
  return query ? `/unit-tasks?${query}` : '/unit-tasks';
}
