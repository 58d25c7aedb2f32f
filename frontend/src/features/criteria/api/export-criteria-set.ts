import { buildUrl } from '@/lib/api-client';
import { fillPath } from '@/lib/api-paths';

/** Not an API type: the files the export link offers (?format=, a string in the document). */
export type ExportFormat = 'xlsx' | 'csv';

/** GET /api/criteria-sets/{id}/export?format=xlsx|csv: a file download, used as the href of a link. */
export function criteriaSetExportUrl(id: number, format: ExportFormat): string {
  return buildUrl(fillPath('/api/criteria-sets/{id}/export', { id }), { format });
}
