import { api } from '@/lib/api-client';
import type { CoordinatorDashboard, DashboardFilters } from '../types';
import { COORDINATOR_URL } from './keys';

/** GET /api/dashboard/coordinator?year=&planId=&level=&campaignId= → counters, unitCount and the visible units ranked */
export async function getCoordinatorDashboard(year: number, filters: DashboardFilters = {}): Promise<CoordinatorDashboard> {
  const d = await api.get<CoordinatorDashboard>(COORDINATOR_URL, { params: { year, planId: filters.planId, level: filters.level, campaignId: filters.campaignId } });
  return { ...d, units: d.units ?? [] };
}
