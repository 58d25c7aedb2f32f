import { api } from '@/lib/api-client';
import type { Nomination } from '../types';
import { nominationsUrl } from './keys';

/** GET /api/emulation/{id}/nominations (COORDINATOR, LEADER, COUNCIL, ADMIN) */
export async function getNominations(id: number): Promise<Nomination[]> {
  return (await api.get<Nomination[]>(nominationsUrl(id))) ?? [];
}
