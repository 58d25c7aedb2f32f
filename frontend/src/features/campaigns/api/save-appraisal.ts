import { typedApi } from '@/lib/api-paths';
import type { AppraisalRequest, Sheet } from '../types';

/** PUT /api/campaigns/{id}/units/{unitId}/appraisal [{code, appraisedPoints, reason}] (council) → the sheet; a changed score needs a reason */
export function saveAppraisal(id: number, unitId: number, scores: AppraisalRequest[]): Promise<Sheet> {
  return typedApi.put('/api/campaigns/{id}/units/{unitId}/appraisal', scores, { path: { id, unitId } });
}
