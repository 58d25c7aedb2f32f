import { api } from '@/lib/api-client';
import type { Unit } from '@/lib/units';

/** POST /api/units/{unitId}/aliases {alias} → the unit (ADMIN/COORDINATOR): the next preview recognises the name */
export function addUnitAlias(unitId: number, alias: string): Promise<Unit> {
  return api.post<Unit>(`/api/units/${unitId}/aliases`, { alias });
}
