import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { ComingSoon, NotFound } from '@/components/ui/status-pages';
import { MailboxPage } from '@/features/mailbox/components/mailbox-page';
import { UnitsPage } from '@/features/units/components/units-page';
import { UsersPage } from '@/features/users/components/users-page';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { ProtectedLayout } from './routes/protected-layout';
import { RequireRole } from './routes/require-role';

// the criteria pages (tree tables, import wizard, matrix) load on first visit
const CriteriaListPage = lazy(() => import('@/features/criteria/components/criteria-list-page').then((m) => ({ default: m.CriteriaListPage })));
const CriteriaDetailPage = lazy(() => import('@/features/criteria/components/criteria-detail-page').then((m) => ({ default: m.CriteriaDetailPage })));
const ResponsibilityMatrixPage = lazy(() =>
  import('@/features/criteria/components/responsibility-matrix-page').then((m) => ({ default: m.ResponsibilityMatrixPage })),
);

const loading = (element: ReactNode) => <Suspense fallback={<FullPageSpinner />}>{element}</Suspense>;

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
      // every role reads published sets; ADMIN and COORDINATOR also see and change drafts
      { path: 'criteria', element: loading(<CriteriaListPage />) },
      { path: 'criteria/:id', element: loading(<CriteriaDetailPage />) },
      { path: 'criteria/:id/matrix', element: loading(<ResponsibilityMatrixPage />) },
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
