import { api } from '@/lib/api-client';
import type { Loss } from '../types';
import { campaignUrl } from './keys';

/** GET /api/campaigns/{id}/losses?unitId= → every item below its max with the points lost and why */
export async function getLosses(id: number, unitId: number): Promise<Loss[]> {
  const losses = await api.get<Loss[]>(`${campaignUrl(id)}/losses`, { params: { unitId } });
  return losses ?? [];
}
