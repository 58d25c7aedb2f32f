import { fillPath } from '@/lib/api-paths';

/** GET /api/emulation/{id}/entries/{entryId}/attachments/{attachmentId}: a plain link, the browser downloads the file */
export const entryEvidenceUrl = (id: number, entryId: number, attachmentId: number) =>
  fillPath('/api/emulation/{id}/entries/{entryId}/attachments/{attachmentId}', { id, entryId, attachmentId });
