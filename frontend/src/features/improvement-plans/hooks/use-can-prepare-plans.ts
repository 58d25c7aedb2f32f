import { hasAnyRole, type Me, type Role, useMe } from '@/lib/auth';
import type { PlanStatus } from '../types';

export const PLAN_PREPARER_ROLES: Role[] = ['ADMIN', 'COORDINATOR'];

/** What the caller may do with a plan in a given status (the backend checks again). */
export function planPermissions(user: Pick<Me, 'roles'> | null | undefined, status?: PlanStatus) {
  const prepare = hasAnyRole(user, PLAN_PREPARER_ROLES);
  return {
    /** import, edit items, delete drafts */
    prepare,
    editItems: prepare && status === 'DRAFT',
    remove: prepare && status === 'DRAFT',
    approve: hasAnyRole(user, ['LEADER']) && status === 'DRAFT',
    activate: hasAnyRole(user, ['LEADER', 'COORDINATOR']) && status === 'APPROVED',
    /** read the progress of an activation (GET .../activation) */
    followActivation: hasAnyRole(user, ['LEADER', 'COORDINATOR']),
    close: hasAnyRole(user, ['LEADER', 'COORDINATOR']) && (status === 'APPROVED' || status === 'ACTIVE'),
  };
}

export function usePlanPermissions(status?: PlanStatus) {
  const me = useMe();
  return planPermissions(me.data, status);
}
