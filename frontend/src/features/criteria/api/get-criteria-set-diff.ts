import { api } from '@/lib/api-client';
import type { CriteriaDiff } from '../types';
import { criteriaSetUrl } from './keys';

/** GET /api/criteria-sets/{newerId}/diff?against={olderId} */
export function getCriteriaSetDiff(newerId: number, olderId: number): Promise<CriteriaDiff> {
  return api
    .get<CriteriaDiff>(`${criteriaSetUrl(newerId)}/diff`, { params: { against: olderId } })
    .then((diff) => ({ changes: diff?.changes ?? [] }));
}
