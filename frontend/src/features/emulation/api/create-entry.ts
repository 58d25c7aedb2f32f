import { api } from '@/lib/api-client';
import type { CreateEntryRequest, Entry } from '../types';
import { entriesUrl } from './keys';

/** POST /api/emulation/{id}/entries (UNIT_HEAD for their units, COORDINATOR/ADMIN any) → the entry; errors[].field by field name */
export function createEntry(id: number, body: CreateEntryRequest): Promise<Entry> {
  return api.post<Entry>(entriesUrl(id), body);
}
