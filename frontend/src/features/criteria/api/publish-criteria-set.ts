import { typedApi } from '@/lib/api-paths';
import type { CriteriaSet } from '../types';

/** POST /api/criteria-sets/{id}/publish; 422 whose errors[].field is the code of a faulty node */
export function publishCriteriaSet(id: number): Promise<CriteriaSet> {
  return typedApi.post('/api/criteria-sets/{id}/publish', undefined, { path: { id } });
}
