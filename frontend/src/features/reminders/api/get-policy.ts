import { api } from '@/lib/api-client';
import type { ReminderPolicy } from '../types';
import { ADMIN_REMINDERS_URL } from './keys';

/** GET /api/admin/reminders/policy → the global reminder policy (ADMIN, COORDINATOR) */
export async function getPolicy(): Promise<ReminderPolicy> {
  const p = await api.get<ReminderPolicy>(`${ADMIN_REMINDERS_URL}/policy`);
  return { ...p, beforeDays: p.beforeDays ?? [] };
}
