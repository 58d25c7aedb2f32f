import { typedApi } from '@/lib/api-paths';
import type { Responsibilities, ResponsibilityRequest } from '../types';

/** PUT /api/criteria-sets/{setId}/responsibilities/{nodeId} {leadUnitId, supportingUnitIds, note} → all rows */
export function updateResponsibility(setId: number, nodeId: number, body: ResponsibilityRequest): Promise<Responsibilities> {
  return typedApi.put('/api/criteria-sets/{setId}/responsibilities/{nodeId}', body, { path: { setId, nodeId } });
}
