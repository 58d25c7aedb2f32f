import { typedApi } from '@/lib/api-paths';
import type { ReminderPreferences } from '../types';

/** PUT /api/reminders/preferences {dailyDigest} → the same */
export function savePreferences(body: ReminderPreferences): Promise<ReminderPreferences> {
  return typedApi.put('/api/reminders/preferences', body);
}
