import type { Role } from '@/lib/auth';

export type User = {
  id: number;
  username: string;
  displayName: string;
  email?: string | null;
  unitId?: number | null;
  unitName?: string | null;
  roles: Role[];
  enabled: boolean;
  hasPassword: boolean;
  /** sent back with a change (optimistic locking) */
  version?: number;
};

export type Page<T> = {
  content: T[];
  page: number;
  size: number;
  totalElements: number;
  totalPages: number;
};

/** Body of POST /api/users and PUT /api/users/{id}; password only when set (on update: a reset) */
export type UserRequest = {
  username: string;
  displayName: string;
  email?: string | null;
  unitId?: number | null;
  roles: Role[];
  enabled: boolean;
  password?: string;
  /** the version read; required on a change (a stale one is a 409 with the current user) */
  version?: number | null;
};

export type UsersQuery = { q?: string; page: number; size: number };

export type ImportResult = { created: number; updated: number };
