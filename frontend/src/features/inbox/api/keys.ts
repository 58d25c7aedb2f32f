import type { InboxFilters, InboxScope } from '../types';

/** React Query keys and URLs of the inbox feature. */
export const inboxKeys = {
  all: ['inbox'] as const,
  lists: () => ['inbox', 'list'] as const,
  list: (scope: InboxScope = {}, filters: Partial<InboxFilters> = {}) =>
    ['inbox', 'list', scope.unitId ?? null, Boolean(scope.allUnits), filters] as const,
  facets: (scope: InboxScope = {}) => ['inbox', 'facets', scope.unitId ?? null, Boolean(scope.allUnits)] as const,
  task: (id: number) => ['inbox', 'improvement-task', id] as const,
};

export const TASKS_URL = '/api/tasks';
export const workItemUrl = (workItemId: string) => `${TASKS_URL}/${encodeURIComponent(workItemId)}`;
export const improvementTaskUrl = (id: number) => `/api/improvement-tasks/${id}`;
