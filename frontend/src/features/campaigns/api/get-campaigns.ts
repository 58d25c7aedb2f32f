import { typedApi } from '@/lib/api-paths';
import type { Campaign } from '../types';

/** GET /api/campaigns → the campaigns the caller takes part in (all for those who see every unit), newest year first */
export function getCampaigns(): Promise<Campaign[]> {
  return typedApi.get('/api/campaigns');
}
