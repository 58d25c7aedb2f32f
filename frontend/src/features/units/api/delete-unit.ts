import { api } from '@/lib/api-client';

/** DELETE /api/units/{id} → 204; 409 when the unit still has sub-units or users */
export function deleteUnit(id: number): Promise<void> {
  return api.delete(`/api/units/${encodeURIComponent(id)}`);
}
