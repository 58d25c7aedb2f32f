import { api } from '@/lib/api-client';
import type { Responsibilities, ResponsibilityRequest } from '../types';
import { criteriaSetUrl } from './keys';

/** PUT /api/criteria-sets/{id}/responsibilities/{nodeId} {leadUnitId, supportingUnitIds, note} → all rows */
export function updateResponsibility(setId: number, nodeId: number, body: ResponsibilityRequest): Promise<Responsibilities> {
  return api.put<Responsibilities>(`${criteriaSetUrl(setId)}/responsibilities/${nodeId}`, body);
}
