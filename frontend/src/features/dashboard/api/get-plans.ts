import { typedApi } from '@/lib/api-paths';
import type { PlanOption } from '../types';

/** GET /api/improvement-plans → every plan, newest year first (the selectors read a few of its fields) */
export function getPlans(): Promise<PlanOption[]> {
  return typedApi.get('/api/improvement-plans');
}
