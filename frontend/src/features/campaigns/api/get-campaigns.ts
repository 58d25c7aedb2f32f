import { api } from '@/lib/api-client';
import type { Campaign } from '../types';
import { normalizeCampaign } from '../utils/normalize';
import { CAMPAIGNS_URL } from './keys';

/** GET /api/campaigns → the campaigns the caller takes part in (all for those who see every unit), newest year first */
export async function getCampaigns(): Promise<Campaign[]> {
  const campaigns = await api.get<Campaign[]>(CAMPAIGNS_URL);
  return (campaigns ?? []).map(normalizeCampaign);
}
