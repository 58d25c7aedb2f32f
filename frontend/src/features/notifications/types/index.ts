/** One in-app notification (Notifications.View): kind BEFORE_n, DUE_TODAY, OVERDUE, ESCALATION… */
export type AppNotification = {
  id: number;
  kind: string;
  title: string;
  message: string | null;
  /** an app path ("/improvement-tasks/7") or null */
  link: string | null;
  createdAt: string;
  read: boolean;
};

/** GET /api/notifications: the caller's newest 100 and the unread count over all of them. */
export type NotificationInbox = {
  unread: number;
  items: AppNotification[];
};
