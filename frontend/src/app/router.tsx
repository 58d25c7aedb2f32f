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

// improvement plans (tables, import wizard) and the inbox with the task pages, also on first visit
const PlansListPage = lazy(() => import('@/features/improvement-plans/components/plans-list-page').then((m) => ({ default: m.PlansListPage })));
const PlanDetailPage = lazy(() => import('@/features/improvement-plans/components/plan-detail-page').then((m) => ({ default: m.PlanDetailPage })));
const InboxPage = lazy(() => import('@/features/inbox/components/inbox-page').then((m) => ({ default: m.InboxPage })));
const TaskDetailPage = lazy(() => import('@/features/inbox/components/task-detail-page').then((m) => ({ default: m.TaskDetailPage })));

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
      // every role reads plans; ADMIN/COORDINATOR prepare, LEADER approves (the backend checks each call)
      { path: 'improvement-plans', element: loading(<PlansListPage />) },
      { path: 'improvement-plans/:id', element: loading(<PlanDetailPage />) },
      // the inbox shows only the caller's own work, whatever the role
      { path: 'unit-tasks', element: loading(<InboxPage />) },
      { path: 'improvement-tasks/:id', element: loading(<TaskDetailPage />) },
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
