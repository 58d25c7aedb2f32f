import { typedApi } from '@/lib/api-paths';
import type { CriteriaSetSummary } from '../types';

/** GET /api/criteria-sets (drafts only for ADMIN/COORDINATOR) */
export function getCriteriaSets(): Promise<CriteriaSetSummary[]> {
  return typedApi.get('/api/criteria-sets');
}
