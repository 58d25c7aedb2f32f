import { typedApi } from '@/lib/api-paths';
import type { CampaignResults } from '../types';

/** GET /api/public/campaigns/{id}/results (no login) → the results once published; 404 before */
export function getPublicResults(id: number): Promise<CampaignResults> {
  return typedApi.get('/api/public/campaigns/{id}/results', { path: { id } });
}
