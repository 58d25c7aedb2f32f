import { typedApi } from '@/lib/api-paths';
import type { Campaign } from '../types';

/** POST /api/campaigns/{id}/approve (LEADER) → the campaign, published by the process; 409 while units are not appraised */
export function approveCampaign(id: number): Promise<Campaign> {
  return typedApi.post('/api/campaigns/{id}/approve', undefined, { path: { id } });
}
