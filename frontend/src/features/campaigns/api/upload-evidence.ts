import { api } from '@/lib/api-client';
import { fillPath, type ApiAnswer } from '@/lib/api-paths';

/** POST /api/campaigns/{id}/units/{unitId}/answers/{code}/evidence multipart "file" → the sheet */
export function uploadEvidence(
  id: number,
  unitId: number,
  code: string,
  file: File,
): Promise<ApiAnswer<'/api/campaigns/{id}/units/{unitId}/answers/{code}/evidence', 'post'>> {
  return api.upload(fillPath('/api/campaigns/{id}/units/{unitId}/answers/{code}/evidence', { id, unitId, code }), file);
}
