import { typedApi } from '@/lib/api-paths';
import { saved, type SavedPlan, type UpdatePlanItemRequest } from '../types';

/** PUT /api/improvement-plans/{id}/items/{itemId} → the plan (DRAFT only; 422 errors[].field) */
export async function updatePlanItem(planId: number, itemId: number, body: UpdatePlanItemRequest): Promise<SavedPlan> {
  return saved(await typedApi.put('/api/improvement-plans/{id}/items/{itemId}', body, { path: { id: planId, itemId } }));
}
