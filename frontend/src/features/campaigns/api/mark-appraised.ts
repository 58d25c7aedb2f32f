import { api } from '@/lib/api-client';
import type { Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** POST /api/campaigns/{id}/units/{unitId}/appraised (council) → the sheet, now APPRAISED */
export async function markAppraised(id: number, unitId: number): Promise<Sheet> {
  return normalizeSheet(await api.post<Sheet>(`${unitUrl(id, unitId)}/appraised`));
}
