import { hasAnyRole, type Me, type Role, useMe } from '@/lib/auth';

export const CAMPAIGN_MANAGER_ROLES: Role[] = ['ADMIN', 'COORDINATOR'];

/** What the caller may do on the campaign pages (the backend checks every call again). */
export function campaignPermissions(user: Pick<Me, 'roles'> | null | undefined) {
  const manage = hasAnyRole(user, CAMPAIGN_MANAGER_ROLES);
  return {
    /** create campaigns, set up the council, import survey points, draft plans from losses */
    manage,
    approve: hasAnyRole(user, ['LEADER']),
  };
}

export function useCampaignPermissions() {
  const me = useMe();
  return campaignPermissions(me.data);
}
