import { typedApi } from '@/lib/api-paths';
import type { Sheet } from '../types';

/** GET /api/campaigns/{id}/units/{unitId}/assessment → the unit's sheet with what the caller may do */
export function getSheet(id: number, unitId: number): Promise<Sheet> {
  return typedApi.get('/api/campaigns/{id}/units/{unitId}/assessment', { path: { id, unitId } });
}
