import { useQuery } from '@tanstack/react-query';
import { isApiError } from './api-client';
import { typedApi, type Schemas } from './api-paths';
import { ME_QUERY_KEY } from './query-client';

export const ROLES = ['ADMIN', 'COORDINATOR', 'LEADER', 'COUNCIL', 'UNIT_HEAD', 'UNIT_STAFF'] as const;
export type Role = (typeof ROLES)[number];

export type MeUnit = Schemas['MeViewUnitRef'];

export type Me = Schemas['MeView'];

/** GET /api/me; null when nobody is logged in (401). */
export async function getMe(): Promise<Me | null> {
  try {
    return await typedApi.get('/api/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ME_QUERY_KEY, queryFn: getMe, staleTime: 5 * 60_000 });
}

/** ADMIN > COORDINATOR > LEADER > COUNCIL > UNIT_HEAD > UNIT_STAFF */
export function primaryRole(roles: readonly string[] | undefined): Role | undefined {
  if (!roles) return undefined;
  return ROLES.find((role) => roles.includes(role));
}

export function hasAnyRole(user: Pick<Me, 'roles'> | null | undefined, roles: readonly Role[] | undefined): boolean {
  if (!roles || roles.length === 0) return true;
  if (!user) return false;
  return user.roles.some((role) => roles.includes(role));
}
