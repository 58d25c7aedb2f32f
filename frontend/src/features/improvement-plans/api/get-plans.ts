import { typedApi } from '@/lib/api-paths';
import { saved, type SavedPlan } from '../types';

/** GET /api/improvement-plans → every plan (items empty), newest year first */
export async function getPlans(): Promise<SavedPlan[]> {
  return (await typedApi.get('/api/improvement-plans')).map(saved);
}
