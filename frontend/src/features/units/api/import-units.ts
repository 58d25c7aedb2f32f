import { api } from '@/lib/api-client';
import type { ImportResult } from '../types';

export const UNITS_IMPORT_TEMPLATE_URL = '/api/units/import/template';

/** POST /api/units/import (multipart "file", .csv or .xlsx) → {created, updated}; 422 with row/column errors, nothing saved */
export function importUnits(file: File): Promise<ImportResult> {
  return api.upload<ImportResult>('/api/units/import', file);
}
