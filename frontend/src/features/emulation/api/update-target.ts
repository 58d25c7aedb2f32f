import { api } from '@/lib/api-client';
import type { Target, UpdateThresholdsRequest } from '../types';
import { movementUrl } from './keys';

/** PUT /api/emulation/{id}/targets/{code} (COORDINATOR, ADMIN) → the target; errors[].field thresholds.DISTRICT etc. */
export function updateTarget(id: number, code: string, body: UpdateThresholdsRequest): Promise<Target> {
  return api.put<Target>(`${movementUrl(id)}/targets/${encodeURIComponent(code)}`, body);
}
