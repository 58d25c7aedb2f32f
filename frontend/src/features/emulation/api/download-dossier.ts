import { buildUrl } from '@/lib/api-client';
import { fillPath } from '@/lib/api-paths';
import type { DossierFormat } from '../types';

/** GET /api/emulation/{id}/nominations/{nominationId}/dossier?format=docx|pdf: a file download, used as the href of a link. */
export function dossierUrl(id: number, nominationId: number, format: DossierFormat): string {
  return buildUrl(fillPath('/api/emulation/{id}/nominations/{nominationId}/dossier', { id, nominationId }), { format });
}
