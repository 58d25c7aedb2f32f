import { api } from '@/lib/api-client';
import type { ReminderPreferences } from '../types';
import { PREFERENCES_URL } from './keys';

/** GET /api/reminders/preferences → {dailyDigest} of the caller */
export async function getPreferences(): Promise<ReminderPreferences> {
  const p = await api.get<{ dailyDigest: boolean | null }>(PREFERENCES_URL);
  return { dailyDigest: Boolean(p?.dailyDigest) };
}
