import { typedApi } from '@/lib/api-paths';
import type { CriteriaSet, CriteriaSetRequest } from '../types';

/** PUT /api/criteria-sets/{id} {name, year, level, thresholds, indexCappedAt100}; 409 on a published set */
export function updateCriteriaSet(id: number, body: CriteriaSetRequest): Promise<CriteriaSet> {
  return typedApi.put('/api/criteria-sets/{id}', body, { path: { id } });
}
