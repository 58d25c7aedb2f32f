import { typedApi } from '@/lib/api-paths';
import type { Sheet } from '../types';

/** POST /api/campaigns/{id}/units/{unitId}/withdraw → the sheet back in self-assessment (before the deadline only) */
export function withdrawSheet(id: number, unitId: number): Promise<Sheet> {
  return typedApi.post('/api/campaigns/{id}/units/{unitId}/withdraw', undefined, { path: { id, unitId } });
}
