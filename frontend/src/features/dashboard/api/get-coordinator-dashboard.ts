import { api } from '@/lib/api-client';
import type { CoordinatorDashboard } from '../types';
import { COORDINATOR_URL } from './keys';

/** GET /api/dashboard/coordinator?year= → counters, unitCount and the visible units ranked */
export async function getCoordinatorDashboard(year: number): Promise<CoordinatorDashboard> {
  const d = await api.get<CoordinatorDashboard>(COORDINATOR_URL, { params: { year } });
  return { ...d, units: d.units ?? [] };
}
