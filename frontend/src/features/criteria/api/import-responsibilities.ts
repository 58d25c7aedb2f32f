import { api } from '@/lib/api-client';
import { fillPath } from '@/lib/api-paths';
import type { ResponsibilityImportResult } from '../types';

/** POST /api/criteria-sets/{setId}/responsibilities/import multipart "file" (Stt | Đơn vị chủ trì | Đơn vị phối hợp) → {updated}; 422 row errors */
export function importResponsibilities(setId: number, file: File): Promise<ResponsibilityImportResult> {
  return api.upload(fillPath('/api/criteria-sets/{setId}/responsibilities/import', { setId }), file);
}
