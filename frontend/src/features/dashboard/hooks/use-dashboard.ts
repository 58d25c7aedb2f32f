import { useQuery } from '@tanstack/react-query';
import { getCoordinatorDashboard } from '../api/get-coordinator-dashboard';
import { getFields } from '../api/get-fields';
import { getPlans } from '../api/get-plans';
import { getScoreDashboard } from '../api/get-score-dashboard';
import { dashboardKeys } from '../api/keys';
import { getTimeline } from '../api/get-timeline';
import type { DashboardFilters } from '../types';

/** Dashboards are live: fetched again every minute, and fresh for ten seconds. */
const LIVE = { refetchInterval: 60_000, staleTime: 10_000 } as const;

/** The task counters of a year, fetched again every minute. */
export function useCoordinatorDashboard(year: number, filters: DashboardFilters = {}) {
  return useQuery({
    queryKey: dashboardKeys.coordinator(year, filters),
    queryFn: () => getCoordinatorDashboard(year, filters),
    ...LIVE,
  });
}

/** The task counters of a year by field, fetched again every minute. */
export function useFieldDashboard(year: number, filters: DashboardFilters = {}) {
  return useQuery({
    queryKey: dashboardKeys.fields(year, filters),
    queryFn: () => getFields(year, filters),
    ...LIVE,
  });
}

export function usePlanOptions(enabled: boolean) {
  return useQuery({ queryKey: dashboardKeys.plans(), queryFn: getPlans, enabled });
}

/** A plan's scores; fetched again every minute like the counters. */
export function useScoreDashboard(planId: number | undefined) {
  return useQuery({
    queryKey: dashboardKeys.scores(planId ?? -1),
    queryFn: () => getScoreDashboard(planId!),
    enabled: planId !== undefined,
    ...LIVE,
  });
}

/** Milestones and deadlines of a year for the timeline, fetched again every minute. */
export function useTimeline(year: number, filters: DashboardFilters = {}) {
  return useQuery({
    queryKey: dashboardKeys.timeline(year, filters),
    queryFn: () => getTimeline(year, filters),
    ...LIVE,
  });
}
