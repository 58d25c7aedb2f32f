import { api } from '@/lib/api-client';
import type { SavedPlan } from '../types';
import { planUrl } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/** POST /api/improvement-plans/{id}/activate (LEADER/COORDINATOR; APPROVED → ACTIVE, starts one process per task occurrence) */
export async function activatePlan(id: number): Promise<SavedPlan> {
  return normalizePlan(await api.post<SavedPlan>(`${planUrl(id)}/activate`));
}
