import { typedApi } from '@/lib/api-paths';
import type { Campaign, CreateCampaignRequest } from '../types';

/** POST /api/campaigns (ADMIN/COORDINATOR) → 201 the campaign, its process started; 422 errors[].field */
export function createCampaign(body: CreateCampaignRequest): Promise<Campaign> {
  return typedApi.post('/api/campaigns', body);
}
