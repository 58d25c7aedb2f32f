import { typedApi } from '@/lib/api-paths';
import type { PlanActivation } from '../types';

/** GET /api/improvement-plans/{id}/activation (LEADER/COORDINATOR) → {status, total, started, error} */
export function getPlanActivation(id: number): Promise<PlanActivation> {
  return typedApi.get('/api/improvement-plans/{id}/activation', { path: { id } });
}
