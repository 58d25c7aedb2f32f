import { typedApi } from '@/lib/api-paths';
import type { ItemChange } from '../types';

/** GET /api/campaigns/{id}/units/{unitId}/answers/{code}/history → every change of the item, oldest first */
export function getItemHistory(id: number, unitId: number, code: string): Promise<ItemChange[]> {
  return typedApi.get('/api/campaigns/{id}/units/{unitId}/answers/{code}/history', { path: { id, unitId, code } });
}
