import { api } from '@/lib/api-client';
import type { ReminderPreferences } from '../types';
import { PREFERENCES_URL } from './keys';

/** PUT /api/reminders/preferences {dailyDigest} → the same */
export async function savePreferences(body: ReminderPreferences): Promise<ReminderPreferences> {
  return api.put<ReminderPreferences>(PREFERENCES_URL, body);
}
