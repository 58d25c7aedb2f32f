import { api } from '@/lib/api-client';
import type { AppraisalRequest, Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** PUT /api/campaigns/{id}/units/{unitId}/appraisal [{code, appraisedPoints, reason}] (council) → the sheet; a changed score needs a reason */
export async function saveAppraisal(id: number, unitId: number, scores: AppraisalRequest[]): Promise<Sheet> {
  return normalizeSheet(await api.put<Sheet>(`${unitUrl(id, unitId)}/appraisal`, scores));
}
