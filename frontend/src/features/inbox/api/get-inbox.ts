import { api } from '@/lib/api-client';
import type { InboxEntry, InboxScope } from '../types';
import { TASKS_URL } from './keys';

/**
 * GET /api/tasks → the open work of the caller's units and roles, nearest due first;
 * ?unitId= one unit's open work, ?allUnits=true every unit's (the dashboard's drill-down).
 */
export async function getInbox(scope: InboxScope = {}): Promise<InboxEntry[]> {
  return (await api.get<InboxEntry[]>(TASKS_URL, { params: { unitId: scope.unitId, allUnits: scope.allUnits || undefined } })) ?? [];
}
