import { api } from '@/lib/api-client';
import type { SavedPlan } from '../types';
import { planUrl } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/**
 * POST /api/improvement-plans/{id}/activate (LEADER/COORDINATOR): 202 with the plan ACTIVATING at once; a
 * background job starts one process per task occurrence and lead unit, then the plan is ACTIVE.
 */
export async function activatePlan(id: number): Promise<SavedPlan> {
  return normalizePlan(await api.post<SavedPlan>(`${planUrl(id)}/activate`));
}
