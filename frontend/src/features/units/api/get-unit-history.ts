import { api } from '@/lib/api-client';
import type { RecordChange } from '../types';

/** GET /api/units/{id}/history → every change of the unit (who, when, per field before and after), oldest first */
export function getUnitHistory(id: number): Promise<RecordChange[]> {
  return api.get<RecordChange[]>(`/api/units/${encodeURIComponent(id)}/history`);
}
