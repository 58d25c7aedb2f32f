import { typedApi } from '@/lib/api-paths';
import { saved, type SavedPlan } from '../types';

/** POST /api/improvement-plans/{id}/approve (LEADER; DRAFT → APPROVED) */
export async function approvePlan(id: number): Promise<SavedPlan> {
  return saved(await typedApi.post('/api/improvement-plans/{id}/approve', undefined, { path: { id } }));
}
