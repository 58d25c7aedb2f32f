import { api } from '@/lib/api-client';
import type { CopyCriteriaSetRequest, CriteriaSet } from '../types';
import { criteriaSetUrl } from './keys';

/** POST /api/criteria-sets/{id}/copy {name, year} → 201 a new draft copied from the set */
export function copyCriteriaSet(id: number, body: CopyCriteriaSetRequest): Promise<CriteriaSet> {
  return api.post<CriteriaSet>(`${criteriaSetUrl(id)}/copy`, body);
}
