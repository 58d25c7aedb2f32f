import { api } from '@/lib/api-client';
import type { CampaignResults } from '../types';
import { normalizeResults } from '../utils/normalize';
import { campaignUrl } from './keys';

/** GET /api/campaigns/{id}/results → index, classification, rank and field subtotals per unit (a unit's people: own row until published) */
export async function getResults(id: number): Promise<CampaignResults> {
  return normalizeResults(await api.get<CampaignResults>(`${campaignUrl(id)}/results`));
}
