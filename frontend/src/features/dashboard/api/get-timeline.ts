import { api } from '@/lib/api-client';
import type { DashboardFilters, Timeline } from '../types';
import { TIMELINE_URL } from './keys';

/** GET /api/dashboard/timeline?year=&planId=&level=&campaignId= → campaign milestones, plan deadlines, tasks done per month */
export async function getTimeline(year: number, filters: DashboardFilters = {}): Promise<Timeline> {
  const d = await api.get<Timeline>(TIMELINE_URL, { params: { year, planId: filters.planId, level: filters.level, campaignId: filters.campaignId } });
  return { ...d, items: d.items ?? [], doneByMonth: d.doneByMonth ?? [] };
}
