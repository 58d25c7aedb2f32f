import { typedApi } from '@/lib/api-paths';
import type { CopyCriteriaSetRequest, CriteriaSet } from '../types';

/** POST /api/criteria-sets/{id}/copy {name, year} → 201 a new draft copied from the set */
export function copyCriteriaSet(id: number, body: CopyCriteriaSetRequest): Promise<CriteriaSet> {
  return typedApi.post('/api/criteria-sets/{id}/copy', body, { path: { id } });
}
