import { typedApi } from '@/lib/api-paths';
import type { CriteriaSet } from '../types';

/** DELETE /api/criteria-sets/{id}/nodes/{nodeId} (the node and its subtree) → the whole set */
export function deleteCriteriaNode(setId: number, nodeId: number): Promise<CriteriaSet> {
  return typedApi.delete('/api/criteria-sets/{id}/nodes/{nodeId}', { path: { id: setId, nodeId } });
}
