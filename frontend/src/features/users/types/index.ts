import type { Schemas } from '@/lib/api-paths';

/** A user as GET /api/users lists it; `version` is sent back with a change (optimistic locking). */
export type User = Schemas['UserView'];

/** A page of GET /api/users. */
export type UsersPage = Schemas['PageResponseUserView'];

/**
 * Body of POST /api/users and PUT /api/users/{id}; password only when set (on update: a reset);
 * version the one read, required on a change (a stale one is a 409 with the current user).
 */
export type UserRequest = Schemas['UserRequest'];

/** The list's query (a page of the users list, the search box). */
export type UsersQuery = { q?: string; page: number; size: number };

export type ImportResult = Schemas['OrgImporterResult'];
