import type { DashboardFilters } from '../types';

/** React Query keys of the dashboard feature. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  coordinator: (year: number, filters: DashboardFilters = {}) => ['dashboard', 'coordinator', year, filters.planId ?? null, filters.level ?? null, filters.campaignId ?? null] as const,
  fields: (year: number, filters: DashboardFilters = {}) => ['dashboard', 'fields', year, filters.planId ?? null, filters.level ?? null, filters.campaignId ?? null] as const,
  timeline: (year: number, filters: DashboardFilters = {}) => ['dashboard', 'timeline', year, filters.planId ?? null, filters.level ?? null, filters.campaignId ?? null] as const,
  scores: (planId: number) => ['dashboard', 'scores', planId] as const,
  plans: () => ['dashboard', 'plans'] as const,
};
