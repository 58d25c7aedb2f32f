import { api } from '@/lib/api-client';
import type { ExplanationRequestBody, Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** POST /api/campaigns/{id}/units/{unitId}/request-explanation {request, dueDate} (council) → the sheet, now EXPLANATION */
export async function requestExplanation(id: number, unitId: number, body: ExplanationRequestBody): Promise<Sheet> {
  return normalizeSheet(await api.post<Sheet>(`${unitUrl(id, unitId)}/request-explanation`, body));
}
