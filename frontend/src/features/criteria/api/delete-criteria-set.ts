import { api } from '@/lib/api-client';
import { criteriaSetUrl } from './keys';

/** DELETE /api/criteria-sets/{id} → 204 (drafts only; 409 otherwise) */
export function deleteCriteriaSet(id: number): Promise<void> {
  return api.delete(criteriaSetUrl(id));
}
