import { api } from '@/lib/api-client';
import type { GeneratedPlan } from '../types';

/** POST /api/improvement-plans/generate-from/{campaignId}?unitId= (ADMIN/COORDINATOR; published campaigns) → 201 a draft plan */
export function generatePlan(campaignId: number, unitId: number): Promise<GeneratedPlan> {
  return api.post<GeneratedPlan>(`/api/improvement-plans/generate-from/${campaignId}`, undefined, { params: { unitId } });
}
