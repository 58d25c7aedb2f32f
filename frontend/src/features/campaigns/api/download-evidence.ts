import { fillPath } from '@/lib/api-paths';

/** GET /api/campaigns/{id}/units/{unitId}/evidence/{attachmentId}: a plain link, the browser downloads the file */
export const evidenceUrl = (id: number, unitId: number, attachmentId: number) =>
  fillPath('/api/campaigns/{id}/units/{unitId}/evidence/{attachmentId}', { id, unitId, attachmentId });
