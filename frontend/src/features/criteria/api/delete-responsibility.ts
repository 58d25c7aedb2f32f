import { typedApi } from '@/lib/api-paths';
import type { Responsibilities } from '../types';

/** DELETE /api/criteria-sets/{setId}/responsibilities/{nodeId}: a criterion goes back to its field's assignment → all rows */
export function deleteResponsibility(setId: number, nodeId: number): Promise<Responsibilities> {
  return typedApi.delete('/api/criteria-sets/{setId}/responsibilities/{nodeId}', { path: { setId, nodeId } });
}
