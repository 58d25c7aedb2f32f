import { typedApi } from '@/lib/api-paths';
import type { Movement } from '../types';

/** GET /api/emulation → the movements, newest year first (every signed-in user) */
export function getMovements(): Promise<Movement[]> {
  return typedApi.get('/api/emulation');
}
