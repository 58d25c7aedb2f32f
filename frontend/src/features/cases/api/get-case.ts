import { typedApi } from '@/lib/api-paths';
import type { CaseKind, CaseView } from '../types';

/** GET /api/cases/{kind}/{id}[/units/{unitId}] → diagram XML, active and overdue steps, history (403/404 as usual) */
export function getCase(kind: CaseKind, id: number, unitId?: number): Promise<CaseView> {
  if (kind === 'campaigns') {
    return unitId === undefined
      ? typedApi.get('/api/cases/campaigns/{campaignId}', { path: { campaignId: id } })
      : typedApi.get('/api/cases/campaigns/{campaignId}/units/{unitId}', { path: { campaignId: id, unitId } });
  }
  return typedApi.get('/api/cases/improvement-tasks/{taskId}', { path: { taskId: id } });
}
