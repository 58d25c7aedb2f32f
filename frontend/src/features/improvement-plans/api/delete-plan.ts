import { typedApi } from '@/lib/api-paths';

/** DELETE /api/improvement-plans/{id} (a draft; ADMIN/COORDINATOR) → 204 */
export function deletePlan(id: number): Promise<void> {
  return typedApi.delete('/api/improvement-plans/{id}', { path: { id } });
}
