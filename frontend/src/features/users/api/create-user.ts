import { api } from '@/lib/api-client';
import type { User, UserRequest } from '../types';

/** POST /api/users → 201 user; 422 with field errors */
export function createUser(body: UserRequest): Promise<User> {
  return api.post<User>('/api/users', body);
}
