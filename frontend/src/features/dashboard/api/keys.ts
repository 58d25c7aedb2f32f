import type { DashboardFilters } from '../types';

/** React Query keys and URLs of the dashboard feature. */
export const dashboardKeys = {
  all: ['dashboard'] as const,
  coordinator: (year: number, filters: DashboardFilters = {}) => ['dashboard', 'coordinator', year, filters.planId ?? null, filters.level ?? null, filters.campaignId ?? null] as const,
  fields: (year: number, filters: DashboardFilters = {}) => ['dashboard', 'fields', year, filters.planId ?? null, filters.level ?? null, filters.campaignId ?? null] as const,
  timeline: (year: number, filters: DashboardFilters = {}) => ['dashboard', 'timeline', year, filters.planId ?? null, filters.level ?? null, filters.campaignId ?? null] as const,
  scores: (planId: number) => ['dashboard', 'scores', planId] as const,
  plans: () => ['dashboard', 'plans'] as const,
};

export const COORDINATOR_URL = '/api/dashboard/coordinator';
export const SCORES_URL = '/api/dashboard/scores';
export const PLANS_URL = '/api/improvement-plans';
export const FIELDS_URL = '/api/dashboard/fields';
export const TIMELINE_URL = '/api/dashboard/timeline';
