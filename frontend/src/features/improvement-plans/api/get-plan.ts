import { api } from '@/lib/api-client';
import type { SavedPlan } from '../types';
import { planUrl } from './keys';
import { normalizePlan } from '../utils/normalize-plan';

/** GET /api/improvement-plans/{id} → the plan with its items and baseline fields */
export async function getPlan(id: number): Promise<SavedPlan> {
  return normalizePlan(await api.get<SavedPlan>(planUrl(id)));
}
