import { typedApi } from '@/lib/api-paths';
import type { GeneratedPlan } from '../types';

/** POST /api/improvement-plans/generate-from/{campaignId}?unitId= (ADMIN/COORDINATOR; published campaigns) → 201 a draft plan */
export function generatePlan(campaignId: number, unitId: number): Promise<GeneratedPlan> {
  return typedApi.post('/api/improvement-plans/generate-from/{campaignId}', undefined, { path: { campaignId }, params: { unitId } });
}
