import { buildUrl } from '@/lib/api-client';
import { criteriaSetUrl } from './keys';

export type ExportFormat = 'xlsx' | 'csv';

/** GET /api/criteria-sets/{id}/export?format=xlsx|csv: a file download, used as the href of a link. */
export function criteriaSetExportUrl(id: number, format: ExportFormat): string {
  return buildUrl(`${criteriaSetUrl(id)}/export`, { format });
}
