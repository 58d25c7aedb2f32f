import type { QueryParams, Schemas } from '@/lib/api-paths';

/** A user as GET /api/users lists it; `version` is sent back with a change (optimistic locking). */
export type User = Schemas['UserView'];

/** A page of GET /api/users. */
export type UsersPage = Schemas['PageResponseUserView'];

/**
 * Body of POST /api/users and PUT /api/users/{id}; password only when set (on update: a reset);
 * version the one read, required on a change (a stale one is a 409 with the current user).
 */
export type UserRequest = Schemas['UserRequest'];

type UsersParams = QueryParams<'/api/users', 'get'>;

/** The list's query (the search box, a page): GET /api/users's parameters, page and size always set. */
export type UsersQuery = UsersParams & Required<Pick<UsersParams, 'page' | 'size'>>;

export type ImportResult = Schemas['OrgImporterResult'];
