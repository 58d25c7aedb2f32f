import { api } from '@/lib/api-client';
import type { Movement } from '../types';
import { EMULATION_URL } from './keys';

/** GET /api/emulation → the movements, newest year first (every signed-in user) */
export async function getMovements(): Promise<Movement[]> {
  const movements = await api.get<Movement[]>(EMULATION_URL);
  return (movements ?? []).map((m) => ({ ...m, levels: m.levels ?? [] }));
}
