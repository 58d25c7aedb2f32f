import type { Schemas } from '@/lib/api-paths';

/** GET/PUT /api/reminders/preferences. */
export type ReminderPreferences = Schemas['PreferenceControllerPreferenceView'];

/** POST /api/calendar/token: the secret feed URL (only ever shown right after it is made). */
export type CalendarToken = Schemas['CalendarFeedControllerTokenView'];

/**
 * GET/PUT /api/admin/reminders/policy: beforeDays days before the due date (each 1–90, at most 10);
 * overdueEveryDays 0 = never, 1–30; escalateAfterDays 0 = never, 1–90; workingDays counts working
 * days; shiftDueDate moves a due date on a non-working day to the next working day; version as read,
 * sent back with a change (0 while the configuration's defaults apply; a stale one is a 409).
 */
export type ReminderPolicy = Schemas['ReminderAdminControllerPolicyView'];

/** Body of PUT /api/admin/reminders/policy: the policy, with the version read. */
export type PolicyRequest = Schemas['ReminderAdminControllerPolicyRequest'];

export type OutboxStatus = Schemas['ReminderAdminControllerOutboxView']['status'];
/** The status tabs, in the order a mail goes through them. */
export const OUTBOX_STATUSES = ['PENDING', 'SENDING', 'SENT', 'FAILED'] as const satisfies readonly OutboxStatus[];

/** One mail of the outbox; subject "improvement-task:7". */
export type OutboxItem = Schemas['ReminderAdminControllerOutboxView'];

export type OutboxPage = Schemas['ReminderAdminControllerOutboxPage'];

/** What a run did. */
export type RunResult = Schemas['ReminderServiceRunResult'];

/**
 * A day of the working calendar that differs from Mon–Fri: working false a day off on a weekday,
 * true a Saturday/Sunday worked in exchange; source LAW a computed statutory holiday, ADMIN added by
 * an administrator.
 */
export type CalendarDay = Schemas['WorkingCalendarDay'];

export type CalendarYear = Schemas['CalendarAdminControllerYear'];

export type CalendarDayRequest = Schemas['CalendarAdminControllerDayRequest'];
