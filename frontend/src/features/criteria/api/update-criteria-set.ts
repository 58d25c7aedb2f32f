import { api } from '@/lib/api-client';
import type { CriteriaSet, UpdateCriteriaSetRequest } from '../types';
import { criteriaSetUrl } from './keys';

/** PUT /api/criteria-sets/{id} {name, year, level, thresholds}; 409 on a published set */
export function updateCriteriaSet(id: number, body: UpdateCriteriaSetRequest): Promise<CriteriaSet> {
  return api.put<CriteriaSet>(criteriaSetUrl(id), body);
}
