import { api } from '@/lib/api-client';
import type { Page, User, UsersQuery } from '../types';

/** GET /api/users?q=&page=&size= (page is 0-based) */
export function getUsers(query: UsersQuery): Promise<Page<User>> {
  return api.get<Page<User>>('/api/users', { params: { q: query.q?.trim(), page: query.page, size: query.size } });
}
