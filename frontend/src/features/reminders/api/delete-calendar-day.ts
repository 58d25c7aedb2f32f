import { api } from '@/lib/api-client';
import { CALENDAR_DAYS_URL } from './keys';

/** DELETE /api/admin/calendar/days/{yyyy-MM-dd} → 204; 404 for a day no administrator added */
export async function deleteCalendarDay(date: string): Promise<void> {
  await api.delete(`${CALENDAR_DAYS_URL}/${encodeURIComponent(date)}`);
}
