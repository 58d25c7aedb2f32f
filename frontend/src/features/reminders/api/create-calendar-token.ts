import { api } from '@/lib/api-client';
import type { CalendarToken } from '../types';
import { CALENDAR_TOKEN_URL } from './keys';

/** POST /api/calendar/token → {url}: a new secret feed URL; any earlier one stops working */
export async function createCalendarToken(): Promise<CalendarToken> {
  return api.post<CalendarToken>(CALENDAR_TOKEN_URL);
}
