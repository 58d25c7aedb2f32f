import type { ReactNode } from 'react';
import { Forbidden } from '@/components/ui/status-pages';
import { hasAnyRole, type Role, useMe } from '@/lib/auth';

/** Shows a 403 page to users without one of the roles (the backend checks again on every call). */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useMe();
  return hasAnyRole(me.data, roles) ? <>{children}</> : <Forbidden />;
}
