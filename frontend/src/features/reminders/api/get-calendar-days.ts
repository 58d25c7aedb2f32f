import { api } from '@/lib/api-client';
import type { CalendarYear } from '../types';
import { CALENDAR_DAYS_URL } from './keys';

/** GET /api/admin/calendar/days?year= → the statutory holidays (LAW) and administrators' days (ADMIN) */
export async function getCalendarDays(year: number): Promise<CalendarYear> {
  const y = await api.get<CalendarYear>(CALENDAR_DAYS_URL, { params: { year } });
  return { year: y?.year ?? year, days: y?.days ?? [] };
}
