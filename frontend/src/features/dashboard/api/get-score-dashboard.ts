import { api } from '@/lib/api-client';
import type { ScoreDashboard } from '../types';
import { SCORES_URL } from './keys';

/** GET /api/dashboard/scores?planId= → per field max, achieved, secured, projected and target, the owner unit's index per year and its ranking (409 without a baseline, 403 for another unit's plan) */
export async function getScoreDashboard(planId: number): Promise<ScoreDashboard> {
  const d = await api.get<ScoreDashboard>(SCORES_URL, { params: { planId } });
  return { ...d, fields: d.fields ?? [], history: d.history ?? [], ranking: d.ranking ?? null };
}
