import { typedApi } from '@/lib/api-paths';
import type { PolicyRequest, ReminderPolicy } from '../types';

/** PUT /api/admin/reminders/policy → the saved policy (before-days sorted, largest first); 422 per field */
export function savePolicy(body: PolicyRequest): Promise<ReminderPolicy> {
  return typedApi.put('/api/admin/reminders/policy', body);
}
