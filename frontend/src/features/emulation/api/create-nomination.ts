import { typedApi } from '@/lib/api-paths';
import type { CreateNominationRequest, Nomination } from '../types';

/** POST /api/emulation/{id}/nominations (COORDINATOR, ADMIN) → the nomination; 409 over the award limit or for a unit already proposed */
export function createNomination(id: number, body: CreateNominationRequest): Promise<Nomination> {
  return typedApi.post('/api/emulation/{id}/nominations', body, { path: { id } });
}
