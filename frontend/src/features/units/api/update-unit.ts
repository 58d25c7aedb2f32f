import { typedApi } from '@/lib/api-paths';
import type { Unit, UnitRequest } from '../types';

/** PUT /api/units/{id} (with the version read) → 200 unit; 422 with field errors; 409 with `current` when someone saved it meanwhile */
export function updateUnit(id: number, body: UnitRequest): Promise<Unit> {
  return typedApi.put('/api/units/{id}', body, { path: { id } });
}
