import { request } from '@/lib/api-client';
import type { PlanImportParams, PlanImportPreview } from '../types';
import { PLANS_URL } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/** POST /api/improvement-plans/import/preview multipart file, year, ownerUnitId → items, baseline, errors, open questions (never saves) */
export async function previewPlanImport({ file, year, ownerUnitId }: PlanImportParams): Promise<PlanImportPreview> {
  const form = new FormData();
  form.append('file', file);
  form.append('year', String(year));
  form.append('ownerUnitId', String(ownerUnitId));
  const preview = await request<PlanImportPreview>('POST', `${PLANS_URL}/import/preview`, { body: form });
  return {
    plan: normalizePlan(preview.plan),
    errors: preview.errors ?? [],
    questions: (preview.questions ?? []).map((q) => ({ ...q, candidates: q.candidates ?? [] })),
  };
}
