import { typedApi } from '@/lib/api-paths';
import type { MovementDetail } from '../types';

/** GET /api/emulation/{id} → the movement with its targets */
export function getMovement(id: number): Promise<MovementDetail> {
  return typedApi.get('/api/emulation/{id}', { path: { id } });
}
