import { api } from '@/lib/api-client';
import { NOTIFICATIONS_URL } from './keys';

/** POST /api/notifications/{id}/read → {unread} left */
export async function markNotificationRead(id: number): Promise<{ unread: number }> {
  return api.post<{ unread: number }>(`${NOTIFICATIONS_URL}/${id}/read`);
}
