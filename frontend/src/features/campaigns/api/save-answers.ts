import { api } from '@/lib/api-client';
import type { AnswerRequest, Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** PUT /api/campaigns/{id}/units/{unitId}/answers [{code, points, notApplicable, explanation}] (any subset) → the sheet; 422 errors[].field = item code */
export async function saveAnswers(id: number, unitId: number, answers: AnswerRequest[]): Promise<Sheet> {
  return normalizeSheet(await api.put<Sheet>(`${unitUrl(id, unitId)}/answers`, answers));
}
