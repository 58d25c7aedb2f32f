import { api } from '@/lib/api-client';
import type { NotificationInbox } from '../types';
import { NOTIFICATIONS_URL } from './keys';

/** GET /api/notifications → {unread, items} of the caller, newest first */
export async function getNotifications(): Promise<NotificationInbox> {
  const inbox = await api.get<NotificationInbox>(NOTIFICATIONS_URL);
  return { unread: inbox?.unread ?? 0, items: inbox?.items ?? [] };
}
