import { api } from '@/lib/api-client';
import type { Unit, UnitRequest } from '../types';

/** POST /api/units → 201 unit; 422 with field errors */
export function createUnit(body: UnitRequest): Promise<Unit> {
  return api.post<Unit>('/api/units', body);
}
