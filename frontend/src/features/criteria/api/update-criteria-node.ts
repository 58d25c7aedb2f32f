import { api } from '@/lib/api-client';
import type { CriteriaNodeRequest, CriteriaSet } from '../types';
import { criteriaSetUrl } from './keys';

/** PUT /api/criteria-sets/{id}/nodes/{nodeId} → the whole set; 422 field errors */
export function updateCriteriaNode(setId: number, nodeId: number, body: CriteriaNodeRequest): Promise<CriteriaSet> {
  return api.put<CriteriaSet>(`${criteriaSetUrl(setId)}/nodes/${nodeId}`, body);
}
