import { typedApi } from '@/lib/api-paths';
import type { AnswerRequest, Sheet } from '../types';

/** PUT /api/campaigns/{id}/units/{unitId}/answers [{code, points, notApplicable, explanation}] (any subset) → the sheet; 422 errors[].field = item code */
export function saveAnswers(id: number, unitId: number, answers: AnswerRequest[]): Promise<Sheet> {
  return typedApi.put('/api/campaigns/{id}/units/{unitId}/answers', answers, { path: { id, unitId } });
}
