import { api } from '@/lib/api-client';
import type { MovementDetail } from '../types';
import { movementUrl } from './keys';

/** GET /api/emulation/{id} → the movement with its targets */
export async function getMovement(id: number): Promise<MovementDetail> {
  const m = await api.get<MovementDetail>(movementUrl(id));
  return { ...m, levels: m.levels ?? [], targets: (m.targets ?? []).map((t) => ({ ...t, thresholds: t.thresholds ?? {} })) };
}
