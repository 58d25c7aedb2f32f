import { typedApi } from '@/lib/api-paths';
import type { CalendarYear } from '../types';

/** GET /api/admin/calendar/days?year= → the statutory holidays (LAW) and administrators' days (ADMIN) */
export function getCalendarDays(year: number): Promise<CalendarYear> {
  return typedApi.get('/api/admin/calendar/days', { params: { year } });
}
