import { api } from '@/lib/api-client';
import type { Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** POST /api/campaigns/{id}/units/{unitId}/withdraw → the sheet back in self-assessment (before the deadline only) */
export async function withdrawSheet(id: number, unitId: number): Promise<Sheet> {
  return normalizeSheet(await api.post<Sheet>(`${unitUrl(id, unitId)}/withdraw`));
}
