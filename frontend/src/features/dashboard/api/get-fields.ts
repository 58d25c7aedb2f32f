import { api } from '@/lib/api-client';
import type { DashboardField, DashboardFilters } from '../types';
import { FIELDS_URL } from './keys';

/** GET /api/dashboard/fields?year=&planId=&level=&campaignId= → the task counters by field */
export async function getFields(year: number, filters: DashboardFilters = {}): Promise<DashboardField[]> {
  return (await api.get<DashboardField[]>(FIELDS_URL, { params: { year, planId: filters.planId, level: filters.level, campaignId: filters.campaignId } })) ?? [];
}
