import { request } from '@/lib/api-client';
import type { ImportPlanRequest, SavedPlan } from '../types';
import { PLANS_URL } from './keys';

/**
 * POST /api/improvement-plans/import multipart file, year, ownerUnitId, name?, answers? (JSON) → 201 the
 * new draft (the unit answers saved as aliases); 422 row errors or unanswered questions, nothing saved
 */
export function importPlan({ file, year, ownerUnitId, name, answers }: ImportPlanRequest): Promise<SavedPlan> {
  const form = new FormData();
  form.append('file', file);
  form.append('year', String(year));
  form.append('ownerUnitId', String(ownerUnitId));
  if (name && name.trim()) form.append('name', name.trim());
  if (answers && answers.length > 0) form.append('answers', JSON.stringify(answers));
  return request<SavedPlan>('POST', `${PLANS_URL}/import`, { body: form });
}
