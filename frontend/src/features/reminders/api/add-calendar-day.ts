import { api } from '@/lib/api-client';
import type { CalendarDay, CalendarDayRequest } from '../types';
import { CALENDAR_DAYS_URL } from './keys';

/** POST /api/admin/calendar/days {date (yyyy-MM-dd), working, note} → 201 the day; replaces one of the same date */
export async function addCalendarDay(body: CalendarDayRequest): Promise<CalendarDay> {
  return api.post<CalendarDay>(CALENDAR_DAYS_URL, body);
}
