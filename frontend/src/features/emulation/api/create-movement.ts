import { api } from '@/lib/api-client';
import type { CreateMovementRequest, MovementDetail } from '../types';
import { EMULATION_URL } from './keys';

/** POST /api/emulation (COORDINATOR, ADMIN) → 201 the movement with the template targets; errors[].field year, name, levels, awardLimit */
export function createMovement(body: CreateMovementRequest): Promise<MovementDetail> {
  return api.post<MovementDetail>(EMULATION_URL, body);
}
