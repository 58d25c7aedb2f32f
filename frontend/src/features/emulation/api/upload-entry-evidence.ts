import { api } from '@/lib/api-client';
import type { Entry } from '../types';
import { entriesUrl } from './keys';

/** POST /api/emulation/{id}/entries/{entryId}/attachments multipart "file" → the entry with the evidence added */
export function uploadEntryEvidence(id: number, entryId: number, file: File): Promise<Entry> {
  return api.upload<Entry>(`${entriesUrl(id)}/${entryId}/attachments`, file);
}
