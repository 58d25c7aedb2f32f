import { typedApi } from '@/lib/api-paths';
import type { CoordinatorDashboard, DashboardFilters } from '../types';

/** GET /api/dashboard/coordinator?year=&planId=&level=&campaignId= → counters, unitCount and the visible units ranked */
export function getCoordinatorDashboard(year: number, filters: DashboardFilters = {}): Promise<CoordinatorDashboard> {
  return typedApi.get('/api/dashboard/coordinator', { params: { year, ...filters } });
}
