import { api } from '@/lib/api-client';
import type { CriteriaNodeRequest, CriteriaSet } from '../types';
import { criteriaSetUrl } from './keys';

/** POST /api/criteria-sets/{id}/nodes → the whole set; 422 on code, title, maxPoints, parentId */
export function createCriteriaNode(setId: number, body: CriteriaNodeRequest): Promise<CriteriaSet> {
  return api.post<CriteriaSet>(`${criteriaSetUrl(setId)}/nodes`, body);
}
