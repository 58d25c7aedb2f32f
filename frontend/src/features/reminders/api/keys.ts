/** React Query keys and URLs of the reminders feature (personal settings and administration). */
export const reminderKeys = {
  all: ['reminders'] as const,
  preferences: () => ['reminders', 'preferences'] as const,
  policy: () => ['reminders', 'policy'] as const,
  outbox: (status: string | undefined) => ['reminders', 'outbox', status ?? 'ALL'] as const,
  calendar: (year: number) => ['reminders', 'calendar', year] as const,
};

export const PREFERENCES_URL = '/api/reminders/preferences';
export const CALENDAR_TOKEN_URL = '/api/calendar/token';
export const ADMIN_REMINDERS_URL = '/api/admin/reminders';
export const CALENDAR_DAYS_URL = '/api/admin/calendar/days';
