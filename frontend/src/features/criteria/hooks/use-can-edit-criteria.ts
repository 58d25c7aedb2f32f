import { hasAnyRole, type Role, useMe } from '@/lib/auth';

export const CRITERIA_EDITOR_ROLES: Role[] = ['ADMIN', 'COORDINATOR'];

/** ADMIN and COORDINATOR manage criteria sets; everybody else only reads published ones. */
export function useCanEditCriteria(): boolean {
  const me = useMe();
  return hasAnyRole(me.data, CRITERIA_EDITOR_ROLES);
}
