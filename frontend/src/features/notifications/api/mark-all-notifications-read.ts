import { api } from '@/lib/api-client';
import { NOTIFICATIONS_URL } from './keys';

/** POST /api/notifications/read-all → {unread: 0} */
export async function markAllNotificationsRead(): Promise<{ unread: number }> {
  return api.post<{ unread: number }>(`${NOTIFICATIONS_URL}/read-all`);
}
