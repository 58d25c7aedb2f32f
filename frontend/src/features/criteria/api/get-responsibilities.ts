import { api } from '@/lib/api-client';
import type { Responsibilities } from '../types';
import { criteriaSetUrl } from './keys';

/** GET /api/criteria-sets/{id}/responsibilities → one row per field and criterion */
export function getResponsibilities(setId: number): Promise<Responsibilities> {
  return api.get<Responsibilities>(`${criteriaSetUrl(setId)}/responsibilities`).then((r) => ({ rows: r?.rows ?? [] }));
}
