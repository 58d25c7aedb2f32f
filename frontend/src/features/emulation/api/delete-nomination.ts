import { typedApi } from '@/lib/api-paths';

/** DELETE /api/emulation/{id}/nominations/{nominationId} → 204 */
export function deleteNomination(id: number, nominationId: number): Promise<void> {
  return typedApi.delete('/api/emulation/{id}/nominations/{nominationId}', { path: { id, nominationId } });
}
