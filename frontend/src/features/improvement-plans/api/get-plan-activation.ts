import { api } from '@/lib/api-client';
import type { PlanActivation } from '../types';
import { planUrl } from './keys';

/** GET /api/improvement-plans/{id}/activation (LEADER/COORDINATOR) → {status, total, started, error} */
export async function getPlanActivation(id: number): Promise<PlanActivation> {
  return api.get<PlanActivation>(`${planUrl(id)}/activation`);
}
