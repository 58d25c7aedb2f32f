import { api } from '@/lib/api-client';
import type { SavedPlan } from '../types';
import { planUrl } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/** POST /api/improvement-plans/{id}/close (LEADER/COORDINATOR; cancels the work still open) */
export async function closePlan(id: number): Promise<SavedPlan> {
  return normalizePlan(await api.post<SavedPlan>(`${planUrl(id)}/close`));
}
