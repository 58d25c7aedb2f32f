import { api } from '@/lib/api-client';
import type { SavedPlan, UpdatePlanItemRequest } from '../types';
import { planUrl } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/** PUT /api/improvement-plans/{id}/items/{itemId} → the plan (DRAFT only; 422 errors[].field) */
export async function updatePlanItem(planId: number, itemId: number, body: UpdatePlanItemRequest): Promise<SavedPlan> {
  return normalizePlan(await api.put<SavedPlan>(`${planUrl(planId)}/items/${itemId}`, body));
}
