import { api } from '@/lib/api-client';
import { CALENDAR_TOKEN_URL } from './keys';

/** DELETE /api/calendar/token → 204: the feed URL stops working */
export async function revokeCalendarToken(): Promise<void> {
  await api.delete(CALENDAR_TOKEN_URL);
}
