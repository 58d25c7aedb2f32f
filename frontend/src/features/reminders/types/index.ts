/** GET/PUT /api/reminders/preferences (PreferenceController.PreferenceView). */
export type ReminderPreferences = { dailyDigest: boolean };

/** POST /api/calendar/token: the secret feed URL (only ever shown right after it is made). */
export type CalendarToken = { url: string };

/** GET/PUT /api/admin/reminders/policy (ReminderPolicy, PolicyRequest). */
export type ReminderPolicy = {
  /** days before the due date, e.g. [7, 3, 1]; each 1–90, at most 10 */
  beforeDays: number[];
  onDueDay: boolean;
  /** 0 = never; 1–30 */
  overdueEveryDays: number;
  /** 0 = never; 1–90 */
  escalateAfterDays: number;
  /** count working days (true) or calendar days (false) */
  workingDays: boolean;
  /** a due date on a non-working day moves to the next working day */
  shiftDueDate: boolean;
  /** as read; sent back with a change (0 while the configuration's defaults apply); a stale one is a 409 */
  version?: number | null;
};

export const OUTBOX_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** One mail of the outbox (ReminderAdminController.OutboxView). */
export type OutboxItem = {
  id: number;
  status: OutboxStatus;
  email: string;
  kind: string;
  /** "improvement-task:7" */
  subject: string;
  title: string;
  dueDate: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  claimedBy: string | null;
  sentAt: string | null;
  lastError: string | null;
};

export type OutboxPage = { counts: Partial<Record<OutboxStatus, number>>; items: OutboxItem[] };

/** What a run did (ReminderService.RunResult). */
export type RunResult = { deadlines: number; newMails: number; newNotifications: number; sent: number; sweepMillis: number };

/** A day of the working calendar that differs from Mon–Fri (WorkingCalendar.Day). */
export type CalendarDay = {
  date: string;
  /** false: a day off on a weekday; true: a Saturday/Sunday worked in exchange */
  working: boolean;
  name: string | null;
  /** LAW: computed statutory holiday; ADMIN: added by an administrator */
  source: 'LAW' | 'ADMIN';
};

export type CalendarYear = { year: number; days: CalendarDay[] };

export type CalendarDayRequest = { date: string; working: boolean; note: string | null };
