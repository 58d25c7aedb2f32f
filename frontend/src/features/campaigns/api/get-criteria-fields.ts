import { typedApi } from '@/lib/api-paths';
import type { CriteriaField } from '../types';

/** GET /api/criteria-sets/{id} → its fields (top-level nodes), for the titles of the sheet's groups */
export async function getCriteriaFields(setId: number): Promise<CriteriaField[]> {
  const set = await typedApi.get('/api/criteria-sets/{id}', { path: { id: setId } });
  return set.nodes.map((n) => ({ code: n.code, title: n.title, maxPoints: n.maxPoints }));
}
