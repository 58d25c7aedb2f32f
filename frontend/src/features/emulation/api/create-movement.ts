import { typedApi } from '@/lib/api-paths';
import type { CreateMovementRequest, MovementDetail } from '../types';

/** POST /api/emulation (COORDINATOR, ADMIN) → 201 the movement with the template targets; errors[].field year, name, levels, awardLimit */
export function createMovement(body: CreateMovementRequest): Promise<MovementDetail> {
  return typedApi.post('/api/emulation', body);
}
