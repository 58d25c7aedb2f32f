import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { AppLayout } from '@/components/layouts/app-layout';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { OfflineBanner } from '@/components/ui/offline-banner';
import { useLogout } from '@/features/auth/hooks/use-logout';
import { useMe } from '@/lib/auth';
import { usePublicConfig } from '@/lib/public-config';

/** Everything behind the login: no user (never logged in, or a later 401) → /login. */
export function ProtectedLayout() {
  const me = useMe();
  const config = usePublicConfig();
  const location = useLocation();
  const navigate = useNavigate();
  const logout = useLogout(() => navigate('/login', { replace: true }));

  if (me.isLoading) return <FullPageSpinner />;
  if (me.error && !me.data) return <ErrorAlert error={me.error} style={{ margin: 24 }} />;
  if (!me.data) {
    const from = location.pathname + location.search;
    return <Navigate to="/login" replace state={from !== '/' ? { from } : undefined} />;
  }
  return (
    <AppLayout user={me.data} demo={Boolean(config.data?.demo)} onLogout={() => logout.mutate()} loggingOut={logout.isPending}>
      <OfflineBanner />
      <Outlet />
    </AppLayout>
  );
}
