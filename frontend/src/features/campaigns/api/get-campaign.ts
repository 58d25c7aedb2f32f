import { api } from '@/lib/api-client';
import type { Campaign } from '../types';
import { normalizeCampaign } from '../utils/normalize';
import { campaignUrl } from './keys';

/** GET /api/campaigns/{id} → the campaign with each unit's step (a unit's people: their unit only) */
export async function getCampaign(id: number): Promise<Campaign> {
  return normalizeCampaign(await api.get<Campaign>(campaignUrl(id)));
}
