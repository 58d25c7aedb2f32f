import type { Schemas } from '@/lib/api-paths';

/** One in-app notification: kind BEFORE_n, DUE_TODAY, OVERDUE, ESCALATION…; link an app path ("/improvement-tasks/7") or null */
export type AppNotification = Schemas['NotificationsView'];

/** GET /api/notifications: a page of the caller's notifications, newest first, and the unread count over all of them. */
export type NotificationInbox = Schemas['NotificationsInbox'];
