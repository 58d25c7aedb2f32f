import { api } from '@/lib/api-client';
import type { ResponsibilityImportResult } from '../types';
import { criteriaSetUrl } from './keys';

/** POST /api/criteria-sets/{id}/responsibilities/import multipart "file" (Stt | Đơn vị chủ trì | Đơn vị phối hợp) → {updated}; 422 row errors */
export function importResponsibilities(setId: number, file: File): Promise<ResponsibilityImportResult> {
  return api.upload<ResponsibilityImportResult>(`${criteriaSetUrl(setId)}/responsibilities/import`, file);
}
