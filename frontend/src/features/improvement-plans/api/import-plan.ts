import { request } from '@/lib/api-client';
import type { ImportPlanRequest, SavedPlan } from '../types';
import { PLANS_URL } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/** POST /api/improvement-plans/import multipart file, year, ownerUnitId, name? → 201 the new draft; 422 row errors, nothing saved */
export async function importPlan({ file, year, ownerUnitId, name }: ImportPlanRequest): Promise<SavedPlan> {
  const form = new FormData();
  form.append('file', file);
  form.append('year', String(year));
  form.append('ownerUnitId', String(ownerUnitId));
  if (name && name.trim()) form.append('name', name.trim());
  return normalizePlan(await request<SavedPlan>('POST', `${PLANS_URL}/import`, { body: form }));
}
