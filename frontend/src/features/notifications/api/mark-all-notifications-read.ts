import { typedApi, type ApiAnswer } from '@/lib/api-paths';

/** POST /api/notifications/read-all → {unread: 0} */
export function markAllNotificationsRead(): Promise<ApiAnswer<'/api/notifications/read-all', 'post'>> {
  return typedApi.post('/api/notifications/read-all');
}
