import { typedApi } from '@/lib/api-paths';

/** DELETE /api/calendar/token → 204: the feed URL stops working */
export async function revokeCalendarToken(): Promise<void> {
  await typedApi.delete('/api/calendar/token');
}
