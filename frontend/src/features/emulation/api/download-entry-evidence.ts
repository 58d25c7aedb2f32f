import { entriesUrl } from './keys';

/** GET /api/emulation/{id}/entries/{entryId}/attachments/{attachmentId}: a plain link, the browser downloads the file */
export const entryEvidenceUrl = (id: number, entryId: number, attachmentId: number) => `${entriesUrl(id)}/${entryId}/attachments/${attachmentId}`;
