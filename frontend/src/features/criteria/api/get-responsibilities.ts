import { typedApi } from '@/lib/api-paths';
import type { Responsibilities } from '../types';

/** GET /api/criteria-sets/{setId}/responsibilities → one row per field and criterion */
export function getResponsibilities(setId: number): Promise<Responsibilities> {
  return typedApi.get('/api/criteria-sets/{setId}/responsibilities', { path: { setId } });
}
