import { improvementTaskUrl } from './keys';

/** GET /api/improvement-tasks/{id}/attachments/{attachmentId}: a plain link, the browser downloads the file */
export const taskAttachmentUrl = (id: number, attachmentId: number) => `${improvementTaskUrl(id)}/attachments/${attachmentId}`;
