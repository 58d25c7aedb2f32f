import { typedApi } from '@/lib/api-paths';
import type { DashboardField, DashboardFilters } from '../types';

/** GET /api/dashboard/fields?year=&planId=&level=&campaignId= → the task counters by field */
export function getFields(year: number, filters: DashboardFilters = {}): Promise<DashboardField[]> {
  return typedApi.get('/api/dashboard/fields', { params: { year, ...filters } });
}
