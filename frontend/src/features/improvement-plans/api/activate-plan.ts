import { typedApi } from '@/lib/api-paths';
import { saved, type SavedPlan } from '../types';

/**
 * POST /api/improvement-plans/{id}/activate (LEADER/COORDINATOR): 202 with the plan ACTIVATING at once; a
 * background job starts one process per task occurrence and lead unit, then the plan is ACTIVE.
 */
export async function activatePlan(id: number): Promise<SavedPlan> {
  return saved(await typedApi.post('/api/improvement-plans/{id}/activate', undefined, { path: { id } }));
}
