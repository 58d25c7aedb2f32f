import { typedApi } from '@/lib/api-paths';
import type { CriteriaSet } from '../types';

/** GET /api/criteria-sets/{id} */
export function getCriteriaSet(id: number): Promise<CriteriaSet> {
  return typedApi.get('/api/criteria-sets/{id}', { path: { id } });
}
