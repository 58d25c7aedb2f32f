import { typedApi } from '@/lib/api-paths';
import type { ExplanationRequestBody, Sheet } from '../types';

/** POST /api/campaigns/{id}/units/{unitId}/request-explanation {request, dueDate} (council) → the sheet, now EXPLANATION */
export function requestExplanation(id: number, unitId: number, body: ExplanationRequestBody): Promise<Sheet> {
  return typedApi.post('/api/campaigns/{id}/units/{unitId}/request-explanation', body, { path: { id, unitId } });
}
