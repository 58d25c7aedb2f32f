import { api } from '@/lib/api-client';
import type { CreateCriteriaSetRequest, CriteriaSet } from '../types';
import { CRITERIA_SETS_URL } from './keys';

/** POST /api/criteria-sets {name, year, level} → 201 an empty draft; 422 field errors */
export function createCriteriaSet(body: CreateCriteriaSetRequest): Promise<CriteriaSet> {
  return api.post<CriteriaSet>(CRITERIA_SETS_URL, body);
}
