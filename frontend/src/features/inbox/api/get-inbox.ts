import { typedApi } from '@/lib/api-paths';
import type { InboxFacets, InboxFilters, InboxPage, InboxScope } from '../types';

export const INBOX_PAGE_SIZE = 50;

/**
 * GET /api/tasks → a page of the open work of the caller's units and roles, nearest due first;
 * ?unitId= one unit's open work, ?allUnits=true every unit's (the dashboard's drill-down). The
 * server filters, counts per status and pages (`cursor` from the previous page's `nextCursor`).
 */
export function getInbox(
  scope: InboxScope = {},
  filters: Partial<InboxFilters> = {},
  cursor: string | null = null,
  size = INBOX_PAGE_SIZE,
): Promise<InboxPage> {
  return typedApi.get('/api/tasks', {
    params: {
      unitId: scope.unitId,
      allUnits: scope.allUnits || undefined,
      status: filters.statuses?.join(','),
      role: filters.roles?.join(','),
      planId: filters.planId,
      field: filters.field,
      dueFrom: filters.dueFrom,
      dueTo: filters.dueTo,
      q: filters.q?.trim(),
      cursor,
      size,
    },
  });
}

/** GET /api/tasks/facets → the plans and fields the list's filters offer (same scope as the list; the browser keeps them 2 minutes). */
export function getInboxFacets(scope: InboxScope = {}): Promise<InboxFacets> {
  return typedApi.get('/api/tasks/facets', { params: { unitId: scope.unitId, allUnits: scope.allUnits || undefined } });
}
