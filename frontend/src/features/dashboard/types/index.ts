/** Improvement tasks of a year counted by state: open, due within 7 days, overdue, finished on time or late. */
export type TaskCounters = {
  open: number;
  dueSoon: number;
  overdue: number;
  doneOnTime: number;
  doneLate: number;
  /** percent of the finished tasks done on time, one decimal; null when none finished */
  onTimeRate: number | null;
};

/** GET /api/dashboard/fields: the counters by field (lĩnh vực) of the criteria; code "" = items without a code. */
export type DashboardField = TaskCounters & {
  code: string;
  title: string;
};

/** One lead unit's improvement tasks of a year (DashboardService.UnitRow). */
export type DashboardUnit = TaskCounters & {
  unitId: number;
  unitName: string | null;
  nextDueDate: string | null;
  /** 1 = best on-time rate among all unitCount units */
  rank: number;
};

/**
 * GET /api/dashboard/coordinator?year= (DashboardService.Coordinator). The counters and unitCount
 * cover every unit; units holds only the caller's own units unless they see all units.
 */
export type CoordinatorDashboard = {
  year: number;
  open: number;
  dueSoon: number;
  overdue: number;
  doneOnTime: number;
  doneLate: number;
  onTimeRate: number | null;
  unitCount: number;
  units: DashboardUnit[];
  /** supporting work (phối hợp) of the caller's scope, as the inbox lists it; never ranked */
  support?: SupportCounters;
  supportUnits?: SupportUnit[];
};

/** Contribution steps asked of supporting units: open (of which overdue past the task's due date) and given. */
export type SupportCounters = { open: number; overdue: number; done: number };

/** One supporting unit's contribution steps (DashboardService.SupportRow). */
export type SupportUnit = SupportCounters & { unitId: number; unitName: string | null };

/** One field (lĩnh vực) of a plan's score dashboard (DashboardService.FieldScore). */
export type FieldScore = {
  code: string;
  title: string | null;
  max: number;
  achieved: number;
  target: number;
  secured: number;
  projected: number;
};

/** GET /api/dashboard/scores?planId= (DashboardService.Scores). */
export type ScoreDashboard = {
  planId: number;
  planName: string | null;
  /** what the projection assumes, in Vietnamese: always shown next to it */
  assumption: string;
  max: number;
  achieved: number;
  target: number;
  projected: number;
  /** projected / max × 100 */
  projectedIndex: number;
  fields: FieldScore[];
  /** the plan's year */
  year: number;
  ownerUnitId: number;
  ownerUnitName: string;
  /** the owner unit's index per year, ascending; the last is the plan's year, PROJECTED (= projectedIndex) */
  history: ScoreHistoryPoint[];
  /** the owner unit's place in the latest published campaign it took part in; null when none */
  ranking: ScoreRanking | null;
};

/**
 * Where a year's index comes from: CAMPAIGN = the unit's published result in that year's campaign
 * (rank among its assessed units); BASELINE = the index recorded in a plan of the following year
 * (no rank); PROJECTED = the plan year's projection.
 */
export type ScoreHistorySource = 'CAMPAIGN' | 'BASELINE' | 'PROJECTED';

export type ScoreHistoryPoint = {
  year: number;
  index: number;
  classification: string | null;
  rank: number | null;
  of: number | null;
  source: ScoreHistorySource;
};

/** projectedRank assumes every other unit keeps its result in that campaign. */
export type ScoreRanking = {
  campaignId: number;
  campaignName: string;
  year: number;
  rank: number;
  of: number;
  index: number;
  projectedRank: number;
};

/** The few fields of GET /api/improvement-plans the plan selector needs. */
export type PlanOption = {
  id: number;
  name: string | null;
  year: number;
  status: string;
  ownerUnitId: number;
  /** the assessment campaign the plan was drawn up from; null when none */
  campaignId: number | null;
  baseline: { totalMax: number | null; totalAchieved: number | null; index: number | null } | null;
};

/** Optional narrowing of the task dashboards: one plan, lead units of one level, plans of one campaign. */
export type DashboardFilters = { planId?: number; level?: string; campaignId?: number };

/** One point of the timeline (DashboardService.TimelineItem). */
export type TimelineItem = {
  kind: 'CAMPAIGN_MILESTONE' | 'PLAN_DEADLINE';
  /** the milestone and campaign, or the plan's name */
  label: string;
  date: string;
  planId: number | null;
  campaignId: number | null;
  open: number;
  done: number;
  overdue: number;
};

/** GET /api/dashboard/timeline?year= (DashboardService.Timeline). */
export type Timeline = {
  year: number;
  today: string;
  items: TimelineItem[];
  /** tasks accepted per month of the year, January first */
  doneByMonth: number[];
};
