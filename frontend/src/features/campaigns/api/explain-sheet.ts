import { typedApi } from '@/lib/api-paths';
import type { ExplainBody, Sheet } from '../types';

/** POST /api/campaigns/{id}/units/{unitId}/explain (the unit) → the sheet, back with the council for round 2 */
export function explainSheet(id: number, unitId: number, body: ExplainBody): Promise<Sheet> {
  return typedApi.post('/api/campaigns/{id}/units/{unitId}/explain', body, { path: { id, unitId } });
}
