import { typedApi } from '@/lib/api-paths';
import type { Nomination } from '../types';

/** GET /api/emulation/{id}/nominations (COORDINATOR, LEADER, COUNCIL, ADMIN) */
export function getNominations(id: number): Promise<Nomination[]> {
  return typedApi.get('/api/emulation/{id}/nominations', { path: { id } });
}
