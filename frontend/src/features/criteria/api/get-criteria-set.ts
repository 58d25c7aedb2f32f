import { api } from '@/lib/api-client';
import type { CriteriaSet } from '../types';
import { criteriaSetUrl } from './keys';

/** GET /api/criteria-sets/{id} */
export function getCriteriaSet(id: number): Promise<CriteriaSet> {
  return api.get<CriteriaSet>(criteriaSetUrl(id));
}
