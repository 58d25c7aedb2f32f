import { typedApi } from '@/lib/api-paths';
import type { CalendarToken } from '../types';

/** POST /api/calendar/token → {url}: a new secret feed URL; any earlier one stops working */
export function createCalendarToken(): Promise<CalendarToken> {
  return typedApi.post('/api/calendar/token');
}
