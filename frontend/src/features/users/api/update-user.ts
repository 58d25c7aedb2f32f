import { typedApi } from '@/lib/api-paths';
import type { User, UserRequest } from '../types';

/** PUT /api/users/{id} → 200 user; a password in the body resets it; 422 with field errors */
export function updateUser(id: number, body: UserRequest): Promise<User> {
  return typedApi.put('/api/users/{id}', body, { path: { id } });
}
