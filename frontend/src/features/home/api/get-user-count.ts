import { api } from '@/lib/api-client';
import type { UserCount } from '../types';

/** GET /api/users?page=0&size=1 (ADMIN/COORDINATOR): only the total is used */
export async function getUserCount(): Promise<number> {
  const page = await api.get<UserCount>('/api/users', { params: { page: 0, size: 1 } });
  return page?.totalElements ?? 0;
}
