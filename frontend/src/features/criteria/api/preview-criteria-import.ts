import { api } from '@/lib/api-client';
import type { ApiAnswer } from '@/lib/api-paths';
import type { ImportPreview } from '../types';

/** POST /api/criteria-sets/import/preview multipart "file" → the parsed tree and every row error (never saves) */
export function previewCriteriaImport(file: File): Promise<ImportPreview> {
  return api.upload<ApiAnswer<'/api/criteria-sets/import/preview', 'post'>>('/api/criteria-sets/import/preview', file);
}
