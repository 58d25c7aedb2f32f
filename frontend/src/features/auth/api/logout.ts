import { api } from '@/lib/api-client';

/** POST /api/auth/logout → 204 */
export function logout(): Promise<void> {
  return api.post<void>('/api/auth/logout');
}
