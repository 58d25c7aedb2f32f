import { typedApi } from '@/lib/api-paths';
import type { CriteriaSet, CriteriaSetRequest } from '../types';

/** POST /api/criteria-sets {name, year, level} → 201 an empty draft (default thresholds); 422 field errors */
export function createCriteriaSet(body: CriteriaSetRequest): Promise<CriteriaSet> {
  return typedApi.post('/api/criteria-sets', body);
}
