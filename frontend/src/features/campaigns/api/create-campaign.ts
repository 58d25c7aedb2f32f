import { api } from '@/lib/api-client';
import type { Campaign, CreateCampaignRequest } from '../types';
import { normalizeCampaign } from '../utils/normalize';
import { CAMPAIGNS_URL } from './keys';

/** POST /api/campaigns (ADMIN/COORDINATOR) → 201 the campaign, its process started; 422 errors[].field */
export async function createCampaign(body: CreateCampaignRequest): Promise<Campaign> {
  return normalizeCampaign(await api.post<Campaign>(CAMPAIGNS_URL, body));
}
