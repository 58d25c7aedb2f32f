import { api } from '@/lib/api-client';
import type { ApiAnswer } from '@/lib/api-paths';

export const USERS_IMPORT_TEMPLATE_URL = '/api/users/import/template';

/** POST /api/users/import (multipart "file", .csv or .xlsx) → {created, updated}; 422 with row/column errors, nothing saved */
export function importUsers(file: File): Promise<ApiAnswer<'/api/users/import', 'post'>> {
  return api.upload('/api/users/import', file);
}
