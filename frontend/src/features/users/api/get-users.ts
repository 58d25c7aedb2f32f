import { typedApi } from '@/lib/api-paths';
import type { UsersPage, UsersQuery } from '../types';

/** GET /api/users?q=&page=&size= (page is 0-based) */
export function getUsers(query: UsersQuery): Promise<UsersPage> {
  return typedApi.get('/api/users', { params: { q: query.q?.trim(), page: query.page, size: query.size } });
}
