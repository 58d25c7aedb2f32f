import { unitUrl } from './keys';

/** GET /api/campaigns/{id}/units/{unitId}/evidence/{attachmentId}: a plain link, the browser downloads the file */
export const evidenceUrl = (id: number, unitId: number, attachmentId: number) => `${unitUrl(id, unitId)}/evidence/${attachmentId}`;
