import { api } from '@/lib/api-client';
import type { Sheet } from '../types';
import { normalizeSheet } from '../utils/normalize';
import { unitUrl } from './keys';

/** POST /api/campaigns/{id}/units/{unitId}/answers/{code}/evidence multipart "file" → the sheet */
export async function uploadEvidence(id: number, unitId: number, code: string, file: File): Promise<Sheet> {
  return normalizeSheet(await api.upload<Sheet>(`${unitUrl(id, unitId)}/answers/${encodeURIComponent(code)}/evidence`, file));
}
