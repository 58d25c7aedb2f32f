import { typedApi } from '@/lib/api-paths';

/** DELETE /api/units/{id} → 204; 409 when the unit still has sub-units or users */
export function deleteUnit(id: number): Promise<void> {
  return typedApi.delete('/api/units/{id}', { path: { id } });
}
