import { api } from '@/lib/api-client';
import type { Scoreboard } from '../types';
import { movementUrl } from './keys';

/** GET /api/emulation/{id}/scoreboard → heads of units by rank (a unit head gets only their own row(s)) */
export async function getScoreboard(id: number): Promise<Scoreboard> {
  const s = await api.get<Scoreboard>(`${movementUrl(id)}/scoreboard`);
  return { ...s, targets: s.targets ?? [], rows: (s.rows ?? []).map((r) => ({ ...r, indicators: r.indicators ?? [] })) };
}
