import { typedApi } from '@/lib/api-paths';
import type { NotificationInbox } from '../types';

/** GET /api/notifications → {unread, items} of the caller, newest first */
export function getNotifications(): Promise<NotificationInbox> {
  return typedApi.get('/api/notifications');
}
