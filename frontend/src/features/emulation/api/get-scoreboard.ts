import { typedApi } from '@/lib/api-paths';
import type { Scoreboard } from '../types';

/** GET /api/emulation/{id}/scoreboard → heads of units by rank (a unit head gets only their own row(s)) */
export function getScoreboard(id: number): Promise<Scoreboard> {
  return typedApi.get('/api/emulation/{id}/scoreboard', { path: { id } });
}
