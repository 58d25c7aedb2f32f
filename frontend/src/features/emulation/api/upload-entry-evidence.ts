import { api } from '@/lib/api-client';
import { fillPath, type ApiAnswer } from '@/lib/api-paths';

/** POST /api/emulation/{id}/entries/{entryId}/attachments multipart "file" → the entry with the evidence added */
export function uploadEntryEvidence(id: number, entryId: number, file: File): Promise<ApiAnswer<'/api/emulation/{id}/entries/{entryId}/attachments', 'post'>> {
  return api.upload(fillPath('/api/emulation/{id}/entries/{entryId}/attachments', { id, entryId }), file);
}
