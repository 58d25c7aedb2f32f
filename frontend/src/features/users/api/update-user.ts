import { api } from '@/lib/api-client';
import type { User, UserRequest } from '../types';

/** PUT /api/users/{id} → 200 user; a password in the body resets it; 422 with field errors */
export function updateUser(id: number, body: UserRequest): Promise<User> {
  return api.put<User>(`/api/users/${encodeURIComponent(id)}`, body);
}
