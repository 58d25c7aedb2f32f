import { hasAnyRole, type Me, type Role, useMe } from '@/lib/auth';

export const EMULATION_MANAGER_ROLES: Role[] = ['ADMIN', 'COORDINATOR'];
export const NOMINATION_READER_ROLES: Role[] = ['ADMIN', 'COORDINATOR', 'LEADER', 'COUNCIL'];

/** What the caller may do on the emulation pages (the backend checks every call again). */
export function emulationPermissions(user: Pick<Me, 'roles'> | null | undefined) {
  const manage = hasAnyRole(user, EMULATION_MANAGER_ROLES);
  const unitHead = !manage && hasAnyRole(user, ['UNIT_HEAD']);
  return {
    /** launch movements, change thresholds, propose nominees, enter figures for any unit */
    manage,
    /** sees and enters only their own units */
    unitHead,
    readNominations: hasAnyRole(user, NOMINATION_READER_ROLES),
    readEntries: manage || unitHead || hasAnyRole(user, ['LEADER', 'COUNCIL']),
    enter: manage || unitHead,
  };
}

export function useEmulationPermissions() {
  const me = useMe();
  return emulationPermissions(me.data);
}
