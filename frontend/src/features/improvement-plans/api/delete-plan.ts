import { api } from '@/lib/api-client';
import { planUrl } from './keys';

/** DELETE /api/improvement-plans/{id} (a draft; ADMIN/COORDINATOR) → 204 */
export function deletePlan(id: number): Promise<void> {
  return api.delete(planUrl(id));
}
