import { typedApi } from '@/lib/api-paths';
import type { ReminderPreferences } from '../types';

/** GET /api/reminders/preferences → {dailyDigest} of the caller */
export function getPreferences(): Promise<ReminderPreferences> {
  return typedApi.get('/api/reminders/preferences');
}
