import { api } from '@/lib/api-client';
import type { CriteriaSet } from '../types';
import { criteriaSetUrl } from './keys';

/** POST /api/criteria-sets/{id}/publish; 422 whose errors[].field is the code of a faulty node */
export function publishCriteriaSet(id: number): Promise<CriteriaSet> {
  return api.post<CriteriaSet>(`${criteriaSetUrl(id)}/publish`);
}
