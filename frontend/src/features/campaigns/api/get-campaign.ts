import { typedApi } from '@/lib/api-paths';
import type { Campaign } from '../types';

/** GET /api/campaigns/{id} → the campaign with each unit's step (a unit's people: their unit only) */
export function getCampaign(id: number): Promise<Campaign> {
  return typedApi.get('/api/campaigns/{id}', { path: { id } });
}
