import { api } from '@/lib/api-client';
import type { CaseKind, CaseView } from '../types';
import { caseUrl } from './keys';

/** GET /api/cases/{kind}/{id}[/units/{unitId}] → diagram XML, active and overdue steps, history (403/404 as usual) */
export async function getCase(kind: CaseKind, id: number, unitId?: number): Promise<CaseView> {
  const c = await api.get<CaseView>(caseUrl(kind, id, unitId));
  return {
    ...c,
    activeActivityIds: c.activeActivityIds ?? [],
    overdueActivityIds: c.overdueActivityIds ?? [],
    history: c.history ?? [],
  };
}
