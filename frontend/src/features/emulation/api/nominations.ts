import { api, buildUrl } from '@/lib/api-client';
import type { CreateNominationRequest, DossierFormat, Nomination } from '../types';
import { nominationsUrl } from './keys';

/** GET /api/emulation/{id}/nominations (COORDINATOR, LEADER, COUNCIL, ADMIN) */
export async function getNominations(id: number): Promise<Nomination[]> {
  return (await api.get<Nomination[]>(nominationsUrl(id))) ?? [];
}

/** POST /api/emulation/{id}/nominations (COORDINATOR, ADMIN) → the nomination; 409 over the award limit or for a unit already proposed */
export function createNomination(id: number, body: CreateNominationRequest): Promise<Nomination> {
  return api.post<Nomination>(nominationsUrl(id), body);
}

/** DELETE /api/emulation/{id}/nominations/{nominationId} → 204 */
export function deleteNomination(id: number, nominationId: number): Promise<void> {
  return api.delete(`${nominationsUrl(id)}/${nominationId}`);
}

/** GET /api/emulation/{id}/nominations/{nominationId}/dossier?format=docx|pdf: a file download, used as the href of a link. */
export function dossierUrl(id: number, nominationId: number, format: DossierFormat): string {
  return buildUrl(`${nominationsUrl(id)}/${nominationId}/dossier`, { format });
}
