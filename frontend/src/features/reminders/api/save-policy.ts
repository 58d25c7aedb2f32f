import { api } from '@/lib/api-client';
import type { ReminderPolicy } from '../types';
import { ADMIN_REMINDERS_URL } from './keys';

/** PUT /api/admin/reminders/policy (PolicyRequest) → the saved policy (before-days sorted, largest first); 422 per field */
export async function savePolicy(body: ReminderPolicy): Promise<ReminderPolicy> {
  return api.put<ReminderPolicy>(`${ADMIN_REMINDERS_URL}/policy`, body);
}
