import type { CaseView } from '../types';

export type CaseMarker = 'case-active' | 'case-overdue' | 'case-done';

/**
 * The marker of each diagram element: overdue (red) before active (green) before completed
 * (grey, an activity the history shows as ended and not running again).
 */
export function caseMarkers(c: Pick<CaseView, 'activeActivityIds' | 'overdueActivityIds' | 'history'>): Map<string, CaseMarker> {
  const markers = new Map<string, CaseMarker>();
  for (const h of c.history) if (h.endTime) markers.set(h.activityId, 'case-done');
  for (const id of c.activeActivityIds) markers.set(id, 'case-active');
  for (const id of c.overdueActivityIds) markers.set(id, 'case-overdue');
  return markers;
}
