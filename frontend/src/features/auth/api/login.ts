import { api } from '@/lib/api-client';
import type { Me } from '@/lib/auth';
import type { LoginRequest } from '../types';

/** POST /api/auth/login → the logged-in user; 401 wrong credentials, 429 throttled (problem detail says how long). */
export function login(request: LoginRequest): Promise<Me> {
  return api.post<Me>('/api/auth/login', request);
}
