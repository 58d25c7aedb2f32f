import { typedApi } from '@/lib/api-paths';
import type { Entry } from '../types';

/** GET /api/emulation/{id}/entries → entered figures newest first, replaced ones with current=false */
export function getEntries(id: number): Promise<Entry[]> {
  return typedApi.get('/api/emulation/{id}/entries', { path: { id } });
}
