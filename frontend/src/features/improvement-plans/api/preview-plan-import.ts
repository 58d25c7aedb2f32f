import { request } from '@/lib/api-client';
import type { PlanImportParams, PlanImportPreview } from '../types';
import { PLANS_URL } from './keys';

/** POST /api/improvement-plans/import/preview multipart file, year, ownerUnitId → items, baseline, errors, open questions (never saves) */
export function previewPlanImport({ file, year, ownerUnitId }: PlanImportParams): Promise<PlanImportPreview> {
  const form = new FormData();
  form.append('file', file);
  form.append('year', String(year));
  form.append('ownerUnitId', String(ownerUnitId));
  return request<PlanImportPreview>('POST', `${PLANS_URL}/import/preview`, { body: form });
}
