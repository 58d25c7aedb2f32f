import { typedApi } from '@/lib/api-paths';
import type { CriteriaNodeRequest, CriteriaSet } from '../types';

/** POST /api/criteria-sets/{id}/nodes → the whole set; 422 on code, title, maxPoints, parentId */
export function createCriteriaNode(setId: number, body: CriteriaNodeRequest): Promise<CriteriaSet> {
  return typedApi.post('/api/criteria-sets/{id}/nodes', body, { path: { id: setId } });
}
