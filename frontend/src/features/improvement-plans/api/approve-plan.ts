import { api } from '@/lib/api-client';
import type { SavedPlan } from '../types';
import { planUrl } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/** POST /api/improvement-plans/{id}/approve (LEADER; DRAFT → APPROVED) */
export async function approvePlan(id: number): Promise<SavedPlan> {
  return normalizePlan(await api.post<SavedPlan>(`${planUrl(id)}/approve`));
}
