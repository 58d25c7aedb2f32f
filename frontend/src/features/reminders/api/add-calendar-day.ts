import { typedApi } from '@/lib/api-paths';
import type { CalendarDay, CalendarDayRequest } from '../types';

/** POST /api/admin/calendar/days {date (yyyy-MM-dd), working, note} → 201 the day; replaces one of the same date */
export function addCalendarDay(body: CalendarDayRequest): Promise<CalendarDay> {
  return typedApi.post('/api/admin/calendar/days', body);
}
