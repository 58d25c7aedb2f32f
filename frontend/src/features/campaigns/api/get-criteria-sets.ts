import { api } from '@/lib/api-client';
import type { CriteriaSetOption } from '../types';

/** GET /api/criteria-sets → the sets; a campaign can only use the PUBLISHED ones */
export async function getCriteriaSets(): Promise<CriteriaSetOption[]> {
  const sets = await api.get<CriteriaSetOption[]>('/api/criteria-sets');
  return sets ?? [];
}
