import { api } from '@/lib/api-client';
import type { SavedPlan } from '../types';
import { PLANS_URL } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/** GET /api/improvement-plans → every plan (items empty), newest year first */
export async function getPlans(): Promise<SavedPlan[]> {
  const plans = await api.get<SavedPlan[]>(PLANS_URL);
  return (plans ?? []).map(normalizePlan);
}
