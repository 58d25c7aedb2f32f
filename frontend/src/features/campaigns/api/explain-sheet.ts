import { api } from '@/lib/api-client';
import type { Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** The unit's explanation: a general reply, and item by item where it has something to say about an item. */
export type ExplainBody = { reply: string; items: { code: string; reply: string }[] };

/** POST /api/campaigns/{id}/units/{unitId}/explain (the unit) → the sheet, back with the council for round 2 */
export async function explainSheet(id: number, unitId: number, body: ExplainBody): Promise<Sheet> {
  return normalizeSheet(await api.post<Sheet>(`${unitUrl(id, unitId)}/explain`, body));
}
