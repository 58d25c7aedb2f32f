import { typedApi } from '@/lib/api-paths';
import { saved, type SavedPlan } from '../types';

/** POST /api/improvement-plans/{id}/close (LEADER/COORDINATOR; cancels the work still open) */
export async function closePlan(id: number): Promise<SavedPlan> {
  return saved(await typedApi.post('/api/improvement-plans/{id}/close', undefined, { path: { id } }));
}
