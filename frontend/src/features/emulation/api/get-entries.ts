import { api } from '@/lib/api-client';
import type { Entry } from '../types';
import { entriesUrl } from './keys';

/** GET /api/emulation/{id}/entries → entered figures newest first, replaced ones with current=false */
export async function getEntries(id: number): Promise<Entry[]> {
  const entries = await api.get<Entry[]>(entriesUrl(id));
  return (entries ?? []).map((e) => ({ ...e, evidence: e.evidence ?? [] }));
}
