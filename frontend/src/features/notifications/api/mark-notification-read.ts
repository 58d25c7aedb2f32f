import { typedApi, type ApiAnswer } from '@/lib/api-paths';

/** POST /api/notifications/{id}/read → {unread} left */
export function markNotificationRead(id: number): Promise<ApiAnswer<'/api/notifications/{id}/read', 'post'>> {
  return typedApi.post('/api/notifications/{id}/read', undefined, { path: { id } });
}
