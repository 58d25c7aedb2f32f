import { typedApi } from '@/lib/api-paths';
import type { RecordChange } from '../types';

/** GET /api/units/{id}/history → every change of the unit (who, when, per field before and after), oldest first */
export function getUnitHistory(id: number): Promise<RecordChange[]> {
  return typedApi.get('/api/units/{id}/history', { path: { id } });
}
