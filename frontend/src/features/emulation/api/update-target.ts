import { typedApi } from '@/lib/api-paths';
import type { Target, UpdateThresholdsRequest } from '../types';

/** PUT /api/emulation/{id}/targets/{code} (COORDINATOR, ADMIN) → the target; errors[].field thresholds.DISTRICT etc. */
export function updateTarget(id: number, code: string, body: UpdateThresholdsRequest): Promise<Target> {
  return typedApi.put('/api/emulation/{id}/targets/{code}', body, { path: { id, code } });
}
