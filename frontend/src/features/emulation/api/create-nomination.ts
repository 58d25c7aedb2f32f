import { api } from '@/lib/api-client';
import type { CreateNominationRequest, Nomination } from '../types';
import { nominationsUrl } from './keys';

/** POST /api/emulation/{id}/nominations (COORDINATOR, ADMIN) → the nomination; 409 over the award limit or for a unit already proposed */
export function createNomination(id: number, body: CreateNominationRequest): Promise<Nomination> {
  return api.post<Nomination>(nominationsUrl(id), body);
}
