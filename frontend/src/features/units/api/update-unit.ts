import { api } from '@/lib/api-client';
import type { Unit, UnitRequest } from '../types';

/** PUT /api/units/{id} → 200 unit; 422 with field errors */
export function updateUnit(id: number, body: UnitRequest): Promise<Unit> {
  return api.put<Unit>(`/api/units/${encodeURIComponent(id)}`, body);
}
