import { typedApi } from '@/lib/api-paths';
import type { Campaign, CouncilRequest } from '../types';

/** POST /api/campaigns/{id}/council {members, chair, secretary} (ADMIN/COORDINATOR) → the campaign; 409 when already set up */
export function setUpCouncil(id: number, body: CouncilRequest): Promise<Campaign> {
  return typedApi.post('/api/campaigns/{id}/council', body, { path: { id } });
}
