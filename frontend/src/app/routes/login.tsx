import { Flex } from 'antd';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { LoginForm } from '@/features/auth/components/login-form';
import { useMe } from '@/lib/auth';

function target(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : '/';
}

export function LoginRoute() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  if (me.isLoading) return <FullPageSpinner />;
  if (me.data) return <Navigate to={target(location.state)} replace />;
  return (
    <Flex justify="center" style={{ minHeight: '100vh', padding: '48px 16px', background: '#f5f5f5' }}>
      <LoginForm onLoggedIn={() => navigate(target(location.state), { replace: true })} />
    </Flex>
  );
}
