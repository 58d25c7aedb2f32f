import { typedApi } from '@/lib/api-paths';
import type { DashboardFilters, Timeline } from '../types';

/** GET /api/dashboard/timeline?year=&planId=&level=&campaignId= → campaign milestones, plan deadlines, tasks done per month */
export function getTimeline(year: number, filters: DashboardFilters = {}): Promise<Timeline> {
  return typedApi.get('/api/dashboard/timeline', { params: { year, ...filters } });
}
