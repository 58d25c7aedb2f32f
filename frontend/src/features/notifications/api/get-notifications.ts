import { typedApi } from '@/lib/api-paths';
import type { NotificationInbox } from '../types';

export const NOTIFICATIONS_PAGE_SIZE = 20;

/** GET /api/notifications → {unread, items, nextCursor}: the caller's newest, or the older ones after `cursor` */
export function getNotifications(cursor: string | null, signal?: AbortSignal): Promise<NotificationInbox> {
  return typedApi.get('/api/notifications', {
    params: { cursor: cursor ?? undefined, size: NOTIFICATIONS_PAGE_SIZE },
    signal,
  });
}
