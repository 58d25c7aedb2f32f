import { api } from '@/lib/api-client';
import { fillPath, type ApiAnswer } from '@/lib/api-paths';

/** POST /api/improvement-tasks/{id}/attachments multipart "file" (≤ 20 MB) → the task */
export function uploadTaskAttachment(id: number, file: File): Promise<ApiAnswer<'/api/improvement-tasks/{id}/attachments', 'post'>> {
  return api.upload(fillPath('/api/improvement-tasks/{id}/attachments', { id }), file);
}
