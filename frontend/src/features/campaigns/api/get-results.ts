import { typedApi } from '@/lib/api-paths';
import type { CampaignResults } from '../types';

/** GET /api/campaigns/{id}/results → index, classification, rank and field subtotals per unit (a unit's people: own row until published) */
export function getResults(id: number): Promise<CampaignResults> {
  return typedApi.get('/api/campaigns/{id}/results', { path: { id } });
}
