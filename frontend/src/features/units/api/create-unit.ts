import { typedApi } from '@/lib/api-paths';
import type { Unit, UnitRequest } from '../types';

/** POST /api/units → 201 unit; 422 with field errors */
export function createUnit(body: UnitRequest): Promise<Unit> {
  return typedApi.post('/api/units', body);
}
