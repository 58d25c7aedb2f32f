import { api } from '@/lib/api-client';
import type { CriteriaSet } from '../types';
import { criteriaSetUrl } from './keys';

/** DELETE /api/criteria-sets/{id}/nodes/{nodeId} (the node and its subtree) → the whole set */
export function deleteCriteriaNode(setId: number, nodeId: number): Promise<CriteriaSet> {
  return api.delete<CriteriaSet>(`${criteriaSetUrl(setId)}/nodes/${nodeId}`);
}
