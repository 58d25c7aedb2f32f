import { typedApi } from '@/lib/api-paths';
import type { ScoreDashboard } from '../types';

/** GET /api/dashboard/scores?planId= → per field max, achieved, secured, projected and target, the owner unit's index per year and its ranking (409 without a baseline, 403 for another unit's plan) */
export function getScoreDashboard(planId: number): Promise<ScoreDashboard> {
  return typedApi.get('/api/dashboard/scores', { params: { planId } });
}
