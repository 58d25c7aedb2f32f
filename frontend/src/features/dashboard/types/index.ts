import type { QueryParams, Schemas } from '@/lib/api-paths';

/** GET /api/dashboard/fields: the counters by field (lĩnh vực) of the criteria; code "" = items without a code. */
export type DashboardField = Schemas['DashboardServiceFieldRow'];

/** One lead unit's improvement tasks of a year; rank 1 = best on-time rate among all unitCount units. */
export type DashboardUnit = Schemas['DashboardServiceUnitRow'];

/**
 * Improvement tasks of a year counted by state (open, due within 7 days, overdue, finished on time or
 * late; onTimeRate the percent finished on time, null when none finished): what a unit row and a field row share.
 */
export type TaskCounters = Pick<DashboardField, 'open' | 'dueSoon' | 'overdue' | 'doneOnTime' | 'doneLate' | 'onTimeRate'>;

/**
 * GET /api/dashboard/coordinator?year= . The counters and unitCount cover every unit; units holds
 * only the caller's own units unless they see all units; support and supportUnits: supporting work
 * (phối hợp) of the caller's scope, as the inbox lists it, never ranked.
 */
export type CoordinatorDashboard = Schemas['DashboardServiceCoordinator'];

/** Contribution steps asked of supporting units: open (of which overdue past the task's due date) and given. */
export type SupportCounters = Schemas['DashboardServiceSupportCounters'];

/** One supporting unit's contribution steps. */
export type SupportUnit = Schemas['DashboardServiceSupportRow'];

/** One field (lĩnh vực) of a plan's score dashboard. */
export type FieldScore = Schemas['ScoreServiceFieldScore'];

/**
 * GET /api/dashboard/scores?planId= : assumption says what the projection assumes (always shown next to
 * it); projectedIndex = projected / max × 100; history the owner unit's index per year, ascending (the
 * last is the plan's year, PROJECTED); ranking its place in the latest published campaign it took part in.
 */
export type ScoreDashboard = Schemas['ScoreServiceScores'];

/** One year of the owner unit's index. */
export type ScoreHistoryPoint = Schemas['ScoreServiceYearIndex'];

/**
 * Where a year's index comes from: CAMPAIGN = the unit's published result in that year's campaign
 * (rank among its assessed units); BASELINE = the index recorded in a plan of the following year
 * (no rank); PROJECTED = the plan year's projection.
 */
export type ScoreHistorySource = ScoreHistoryPoint['source'];

/** projectedRank assumes every other unit keeps its result in that campaign. */
export type ScoreRanking = Schemas['ScoreServiceRanking'];

/** The fields of a plan of GET /api/improvement-plans that the plan selectors read (campaignId: the campaign it was drawn up from). */
export type PlanOption = Pick<Schemas['PlanView'], 'id' | 'name' | 'year' | 'status' | 'ownerUnitId' | 'campaignId' | 'baseline'>;

type DashboardQuery = QueryParams<'/api/dashboard/coordinator', 'get'>;

/** Optional narrowing of the task dashboards, sent as the query parameters of the same names: one plan, lead units of one level, plans of one campaign. */
export type DashboardFilters = { [K in 'planId' | 'level' | 'campaignId']?: NonNullable<DashboardQuery[K]> };

/** One point of the timeline: a campaign milestone (CAMPAIGN_MILESTONE) or a plan's task deadline (PLAN_DEADLINE). */
export type TimelineItem = Schemas['DashboardServiceTimelineItem'];

/** GET /api/dashboard/timeline?year= : doneByMonth the tasks accepted per month of the year, January first. */
export type Timeline = Schemas['DashboardServiceTimeline'];
