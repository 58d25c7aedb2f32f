import { api } from '@/lib/api-client';
import type { Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** POST /api/campaigns/{id}/units/{unitId}/explain {reply} (the unit) → the sheet, back with the council */
export async function explainSheet(id: number, unitId: number, reply: string): Promise<Sheet> {
  return normalizeSheet(await api.post<Sheet>(`${unitUrl(id, unitId)}/explain`, { reply }));
}
