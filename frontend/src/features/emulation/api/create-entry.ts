import { typedApi } from '@/lib/api-paths';
import type { CreateEntryRequest, Entry } from '../types';

/** POST /api/emulation/{id}/entries (UNIT_HEAD for their units, COORDINATOR/ADMIN any) → the entry; errors[].field by field name */
export function createEntry(id: number, body: CreateEntryRequest): Promise<Entry> {
  return typedApi.post('/api/emulation/{id}/entries', body, { path: { id } });
}
