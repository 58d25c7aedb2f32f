import { typedApi } from '@/lib/api-paths';
import type { Sheet } from '../types';

/** POST /api/campaigns/{id}/units/{unitId}/appraised (council) → the sheet, now APPRAISED */
export function markAppraised(id: number, unitId: number): Promise<Sheet> {
  return typedApi.post('/api/campaigns/{id}/units/{unitId}/appraised', undefined, { path: { id, unitId } });
}
