import { lazy, type ReactNode, Suspense } from 'react';
import { hasAnyRole, type Role, useMe } from '@/lib/auth';

// the 403 page (antd's Result and its picture) loads only when shown
const Forbidden = lazy(() => import('@/components/ui/status-pages').then((m) => ({ default: m.Forbidden })));

/** Shows a 403 page to users without one of the roles (the backend checks again on every call). */
export function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const me = useMe();
  return hasAnyRole(me.data, roles) ? (
    <>{children}</>
  ) : (
    <Suspense fallback={null}>
      <Forbidden />
    </Suspense>
  );
}
