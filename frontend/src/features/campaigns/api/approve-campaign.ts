import { api } from '@/lib/api-client';
import type { Campaign } from '../types';
import { normalizeCampaign } from '../utils/normalize';
import { campaignUrl } from './keys';

/** POST /api/campaigns/{id}/approve (LEADER) → the campaign, published by the process; 409 while units are not appraised */
export async function approveCampaign(id: number): Promise<Campaign> {
  return normalizeCampaign(await api.post<Campaign>(`${campaignUrl(id)}/approve`));
}
