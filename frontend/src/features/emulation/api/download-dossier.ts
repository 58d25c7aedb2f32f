import { buildUrl } from '@/lib/api-client';
import type { DossierFormat } from '../types';
import { nominationsUrl } from './keys';

/** GET /api/emulation/{id}/nominations/{nominationId}/dossier?format=docx|pdf: a file download, used as the href of a link. */
export function dossierUrl(id: number, nominationId: number, format: DossierFormat): string {
  return buildUrl(`${nominationsUrl(id)}/${nominationId}/dossier`, { format });
}
