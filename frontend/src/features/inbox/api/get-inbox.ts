import { api } from '@/lib/api-client';
import type { InboxEntry } from '../types';
import { TASKS_URL } from './keys';

/** GET /api/tasks → the open work of the caller's units and roles, nearest due first */
export async function getInbox(): Promise<InboxEntry[]> {
  return (await api.get<InboxEntry[]>(TASKS_URL)) ?? [];
}
