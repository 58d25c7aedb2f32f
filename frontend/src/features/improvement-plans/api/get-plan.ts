import { typedApi } from '@/lib/api-paths';
import { saved, type SavedPlan } from '../types';

/** GET /api/improvement-plans/{id} → the plan with its items and baseline fields */
export async function getPlan(id: number): Promise<SavedPlan> {
  return saved(await typedApi.get('/api/improvement-plans/{id}', { path: { id } }));
}
