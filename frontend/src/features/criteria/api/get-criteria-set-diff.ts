import { typedApi } from '@/lib/api-paths';
import type { CriteriaDiff } from '../types';

/** GET /api/criteria-sets/{newerId}/diff?against={olderId} */
export function getCriteriaSetDiff(newerId: number, olderId: number): Promise<CriteriaDiff> {
  return typedApi.get('/api/criteria-sets/{id}/diff', { path: { id: newerId }, params: { against: olderId } });
}
