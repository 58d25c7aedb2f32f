import { typedApi } from '@/lib/api-paths';

/** DELETE /api/admin/calendar/days/{yyyy-MM-dd} → 204; 404 for a day no administrator added */
export async function deleteCalendarDay(date: string): Promise<void> {
  await typedApi.delete('/api/admin/calendar/days/{date}', { path: { date } });
}
