import { typedApi } from '@/lib/api-paths';
import type { CriteriaNodeRequest, CriteriaSet } from '../types';

/** PUT /api/criteria-sets/{id}/nodes/{nodeId} → the whole set; 422 field errors */
export function updateCriteriaNode(setId: number, nodeId: number, body: CriteriaNodeRequest): Promise<CriteriaSet> {
  return typedApi.put('/api/criteria-sets/{id}/nodes/{nodeId}', body, { path: { id: setId, nodeId } });
}
