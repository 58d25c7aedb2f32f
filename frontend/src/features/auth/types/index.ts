import type { Schemas } from '@/lib/api-paths';

/** Body of POST /api/auth/login. */
export type LoginRequest = Schemas['AuthControllerLoginRequest'];
