import { api } from '@/lib/api-client';
import type { CampaignResults } from '../types';
import { normalizeResults } from '../utils/normalize';

/** GET /api/public/campaigns/{id}/results (no login) → the results once published; 404 before */
export async function getPublicResults(id: number): Promise<CampaignResults> {
  return normalizeResults(await api.get<CampaignResults>(`/api/public/campaigns/${id}/results`));
}
