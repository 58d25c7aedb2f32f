import { typedApi } from '@/lib/api-paths';

/** DELETE /api/criteria-sets/{id} → 204 (drafts only; 409 otherwise) */
export function deleteCriteriaSet(id: number): Promise<void> {
  return typedApi.delete('/api/criteria-sets/{id}', { path: { id } });
}
