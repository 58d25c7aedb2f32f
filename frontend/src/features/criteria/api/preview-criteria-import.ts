import { api } from '@/lib/api-client';
import type { ImportPreview } from '../types';
import { CRITERIA_SETS_URL } from './keys';

/** POST /api/criteria-sets/import/preview multipart "file" → the parsed tree and every row error (never saves) */
export function previewCriteriaImport(file: File): Promise<ImportPreview> {
  return api.upload<ImportPreview>(`${CRITERIA_SETS_URL}/import/preview`, file).then((p) => ({
    rows: p?.rows ?? 0,
    totalMaxPoints: p?.totalMaxPoints ?? 0,
    nodes: p?.nodes ?? [],
    errors: p?.errors ?? [],
    warnings: p?.warnings ?? [],
  }));
}
