import { api } from '@/lib/api-client';
import type { Campaign, CouncilRequest } from '../types';
import { normalizeCampaign } from '../utils/normalize';
import { campaignUrl } from './keys';

/** POST /api/campaigns/{id}/council {members, chair, secretary} (ADMIN/COORDINATOR) → the campaign; 409 when already set up */
export async function setUpCouncil(id: number, body: CouncilRequest): Promise<Campaign> {
  return normalizeCampaign(await api.post<Campaign>(`${campaignUrl(id)}/council`, body));
}
