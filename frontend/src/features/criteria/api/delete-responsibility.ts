import { api } from '@/lib/api-client';
import type { Responsibilities } from '../types';
import { criteriaSetUrl } from './keys';

/** DELETE /api/criteria-sets/{id}/responsibilities/{nodeId}: a criterion goes back to its field's assignment → all rows */
export function deleteResponsibility(setId: number, nodeId: number): Promise<Responsibilities> {
  return api.delete<Responsibilities>(`${criteriaSetUrl(setId)}/responsibilities/${nodeId}`);
}
