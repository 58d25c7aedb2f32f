import { typedApi } from '@/lib/api-paths';
import type { ReminderPolicy } from '../types';

/** GET /api/admin/reminders/policy → the global reminder policy (ADMIN, COORDINATOR) */
export function getPolicy(): Promise<ReminderPolicy> {
  return typedApi.get('/api/admin/reminders/policy');
}
