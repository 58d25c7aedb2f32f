import { useQuery } from '@tanstack/react-query';
import { getCoordinatorDashboard } from '../api/get-coordinator-dashboard';
import { getPlans } from '../api/get-plans';
import { getScoreDashboard } from '../api/get-score-dashboard';
import { dashboardKeys } from '../api/keys';

export const DASHBOARD_REFETCH_MS = 60_000;

/** The task counters of a year, fetched again every minute. */
export function useCoordinatorDashboard(year: number) {
  return useQuery({
    queryKey: dashboardKeys.coordinator(year),
    queryFn: () => getCoordinatorDashboard(year),
    refetchInterval: DASHBOARD_REFETCH_MS,
    staleTime: 10_000,
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
    refetchInterval: DASHBOARD_REFETCH_MS,
    staleTime: 10_000,
  });
}
