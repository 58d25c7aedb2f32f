import { typedApi } from '@/lib/api-paths';
import type { Sheet } from '../types';

/** POST /api/campaigns/{id}/units/{unitId}/submit → the sheet; 422 lists the missing items (errors[].field = item code) */
export function submitSheet(id: number, unitId: number): Promise<Sheet> {
  return typedApi.post('/api/campaigns/{id}/units/{unitId}/submit', undefined, { path: { id, unitId } });
}
