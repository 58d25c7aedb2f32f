import { typedApi } from '@/lib/api-paths';
import type { Loss } from '../types';

/** GET /api/campaigns/{id}/losses?unitId= → every item below its max with the points lost and why */
export function getLosses(id: number, unitId: number): Promise<Loss[]> {
  return typedApi.get('/api/campaigns/{id}/losses', { path: { id }, params: { unitId } });
}
