import { api } from '@/lib/api-client';
import type { PlanOption } from '../types';
import { PLANS_URL } from './keys';

/** GET /api/improvement-plans → every plan, newest year first (only the selector's fields are read) */
export async function getPlans(): Promise<PlanOption[]> {
  return ((await api.get<PlanOption[]>(PLANS_URL)) ?? []).map((p) => ({ ...p, campaignId: p.campaignId ?? null }));
}
