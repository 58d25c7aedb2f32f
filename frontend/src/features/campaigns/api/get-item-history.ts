import { api } from '@/lib/api-client';
import type { ItemChange } from '../types';
import { unitUrl } from './keys';

/** GET /api/campaigns/{id}/units/{unitId}/answers/{code}/history → every change of the item, oldest first */
export async function getItemHistory(id: number, unitId: number, code: string): Promise<ItemChange[]> {
  return api.get<ItemChange[]>(`${unitUrl(id, unitId)}/answers/${encodeURIComponent(code)}/history`);
}
