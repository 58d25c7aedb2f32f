import type { RouteObject } from 'react-router';
import { ComingSoon, NotFound } from '@/components/ui/status-pages';
import { MailboxPage } from '@/features/mailbox/components/mailbox-page';
import { UnitsPage } from '@/features/units/components/units-page';
import { UsersPage } from '@/features/users/components/users-page';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { ProtectedLayout } from './routes/protected-layout';
import { RequireRole } from './routes/require-role';

const comingSoon = (path: string, key: string): RouteObject => ({
  path,
  element: <ComingSoon titleKey={`nav.${key}`} descriptionKey={`comingSoon.${key}`} />,
});

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    path: '/',
    element: <ProtectedLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      comingSoon('campaigns', 'campaigns'),
      comingSoon('criteria', 'criteria'),
      comingSoon('improvement-plans', 'improvementPlans'),
      comingSoon('unit-tasks', 'unitTasks'),
      comingSoon('dashboard', 'dashboard'),
      {
        path: 'admin/units',
        element: (
          <RequireRole roles={['ADMIN', 'COORDINATOR']}>
            <UnitsPage />
          </RequireRole>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireRole roles={['ADMIN', 'COORDINATOR']}>
            <UsersPage />
          </RequireRole>
        ),
      },
      {
        path: 'admin/mailbox',
        element: (
          <RequireRole roles={['ADMIN']}>
            <MailboxPage />
          </RequireRole>
        ),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
