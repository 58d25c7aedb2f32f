import { typedApi } from '@/lib/api-paths';
import type { User, UserRequest } from '../types';

/** POST /api/users → 201 user; 422 with field errors */
export function createUser(body: UserRequest): Promise<User> {
  return typedApi.post('/api/users', body);
}
