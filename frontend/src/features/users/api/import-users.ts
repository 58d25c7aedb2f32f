import { api } from '@/lib/api-client';
import type { ImportResult } from '../types';

export const USERS_IMPORT_TEMPLATE_URL = '/api/users/import/template';

/** POST /api/users/import (multipart "file", .csv or .xlsx) → {created, updated}; 422 with row/column errors, nothing saved */
export function importUsers(file: File): Promise<ImportResult> {
  return api.upload<ImportResult>('/api/users/import', file);
}
