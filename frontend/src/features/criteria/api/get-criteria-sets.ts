import { api } from '@/lib/api-client';
import type { CriteriaSetSummary } from '../types';
import { CRITERIA_SETS_URL } from './keys';

/** GET /api/criteria-sets (drafts only for ADMIN/COORDINATOR) */
export function getCriteriaSets(): Promise<CriteriaSetSummary[]> {
  return api.get<CriteriaSetSummary[]>(CRITERIA_SETS_URL).then((sets) => sets ?? []);
}
