import { typedApi } from '@/lib/api-paths';
import type { CriteriaSetOption } from '../types';

/** GET /api/criteria-sets → the sets; a campaign can only use the PUBLISHED ones */
export function getCriteriaSets(): Promise<CriteriaSetOption[]> {
  return typedApi.get('/api/criteria-sets');
}
