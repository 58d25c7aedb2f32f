import { api } from '@/lib/api-client';
import type { ScoreDashboard } from '../types';
import { SCORES_URL } from './keys';

/** GET /api/dashboard/scores?planId= → per field max, achieved, secured, projected and target (409 without a baseline) */
export async function getScoreDashboard(planId: number): Promise<ScoreDashboard> {
  const d = await api.get<ScoreDashboard>(SCORES_URL, { params: { planId } });
  return { ...d, fields: d.fields ?? [] };
}
