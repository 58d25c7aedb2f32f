import { api } from '@/lib/api-client';
import type { Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** GET /api/campaigns/{id}/units/{unitId}/assessment → the unit's sheet with what the caller may do */
export async function getSheet(id: number, unitId: number): Promise<Sheet> {
  return normalizeSheet(await api.get<Sheet>(`${unitUrl(id, unitId)}/assessment`));
}
