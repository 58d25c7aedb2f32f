import { api } from '@/lib/api-client';
import { nominationsUrl } from './keys';

/** DELETE /api/emulation/{id}/nominations/{nominationId} → 204 */
export function deleteNomination(id: number, nominationId: number): Promise<void> {
  return api.delete(`${nominationsUrl(id)}/${nominationId}`);
}
