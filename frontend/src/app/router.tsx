import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { withStrings } from '@/lib/i18n';
import { RequireRole } from './routes/require-role';

// Every page is its own chunk, loaded on first visit: the first load carries only the router, the
// providers and the one page it shows (login, or the layout and the page behind it).
const LoginRoute = lazy(() => import('./routes/login').then((m) => ({ default: m.LoginRoute })));
const ProtectedLayout = lazy(() => import('./routes/protected-layout').then((m) => ({ default: m.ProtectedLayout })));
const NotFound = lazy(() => import('@/components/ui/status-pages').then((m) => ({ default: m.NotFound })));
const HomeRoute = lazy(() => withStrings(import('./routes/home'), 'home', 'units', 'users').then((m) => ({ default: m.HomeRoute })));
const MailboxPage = lazy(() => withStrings(import('@/features/mailbox/components/mailbox-page'), 'mailbox').then((m) => ({ default: m.MailboxPage })));
const UnitsPage = lazy(() => withStrings(import('@/features/units/components/units-page'), 'units').then((m) => ({ default: m.UnitsPage })));
const UsersPage = lazy(() => withStrings(import('@/features/users/components/users-page'), 'users').then((m) => ({ default: m.UsersPage })));

// the criteria pages (tree tables, import wizard, matrix) load on first visit
const CriteriaListPage = lazy(() => withStrings(import('@/features/criteria/components/criteria-list-page'), 'criteria').then((m) => ({ default: m.CriteriaListPage })));
const CriteriaDetailPage = lazy(() => withStrings(import('@/features/criteria/components/criteria-detail-page'), 'criteria').then((m) => ({ default: m.CriteriaDetailPage })));
const ResponsibilityMatrixPage = lazy(() =>
  withStrings(import('@/features/criteria/components/responsibility-matrix-page'), 'criteria').then((m) => ({ default: m.ResponsibilityMatrixPage })),
);

// improvement plans (tables, import wizard) and the inbox with the task pages, also on first visit
const PlansListPage = lazy(() => withStrings(import('@/features/improvement-plans/components/plans-list-page'), 'plans', 'tasks', 'sheet').then((m) => ({ default: m.PlansListPage })));
const PlanDetailPage = lazy(() => withStrings(import('@/features/improvement-plans/components/plan-detail-page'), 'plans', 'tasks', 'sheet').then((m) => ({ default: m.PlanDetailPage })));
const InboxPage = lazy(() => withStrings(import('@/features/inbox/components/inbox-page'), 'tasks', 'cases').then((m) => ({ default: m.InboxPage })));
const TaskDetailPage = lazy(() => withStrings(import('@/features/inbox/components/task-detail-page'), 'tasks', 'cases').then((m) => ({ default: m.TaskDetailPage })));

// assessment campaigns (timeline, sheets, results) and the public results page, also on first visit
const CampaignsListPage = lazy(() => withStrings(import('@/features/campaigns/components/campaigns-list-page'), 'campaigns', 'sheet', 'cases').then((m) => ({ default: m.CampaignsListPage })));
const CampaignDetailPage = lazy(() => withStrings(import('@/features/campaigns/components/campaign-detail-page'), 'campaigns', 'sheet', 'cases').then((m) => ({ default: m.CampaignDetailPage })));
const AssessmentSheetPage = lazy(() =>
  withStrings(import('@/features/campaigns/components/assessment-sheet-page'), 'campaigns', 'sheet', 'cases').then((m) => ({ default: m.AssessmentSheetPage })),
);
const PublicResultsPage = lazy(() => withStrings(import('@/features/campaigns/components/public-results-page'), 'campaigns', 'sheet', 'cases').then((m) => ({ default: m.PublicResultsPage })));

// the dashboards, the reminder settings and their administration, also on first visit
const DashboardPage = lazy(() => withStrings(import('@/features/dashboard/components/dashboard-page'), 'dashboard').then((m) => ({ default: m.DashboardPage })));
const SettingsPage = lazy(() => withStrings(import('@/features/reminders/components/settings-page'), 'reminders').then((m) => ({ default: m.SettingsPage })));
const ReminderAdminPage = lazy(() =>
  withStrings(import('@/features/reminders/components/reminder-admin-page'), 'reminders').then((m) => ({ default: m.ReminderAdminPage })),
);

// the emulation movement (scoreboard, figures, nominations), also on first visit
const EmulationListPage = lazy(() => withStrings(import('@/features/emulation/components/emulation-list-page'), 'emulation').then((m) => ({ default: m.EmulationListPage })));
const MovementDetailPage = lazy(() =>
  withStrings(import('@/features/emulation/components/movement-detail-page'), 'emulation').then((m) => ({ default: m.MovementDetailPage })),
);
// the case view (bpmn-js viewer, its own chunk), on first visit
const TaskCasePage = lazy(() => withStrings(import('@/features/cases/components/case-page'), 'cases').then((m) => ({ default: m.TaskCasePage })));
const CampaignCasePage = lazy(() => withStrings(import('@/features/cases/components/case-page'), 'cases').then((m) => ({ default: m.CampaignCasePage })));

const loading = (element: ReactNode) => <Suspense fallback={<FullPageSpinner />}>{element}</Suspense>;

export const routes: RouteObject[] = [
  { path: '/login', element: loading(<LoginRoute />) },
  // published results, without login (outside the authenticated layout)
  { path: '/public/campaigns/:id/results', element: loading(<PublicResultsPage />) },
  {
    path: '/',
    element: loading(<ProtectedLayout />),
    children: [
      { index: true, element: loading(<HomeRoute />) },
      // every role: a unit's people see their own unit; the backend checks who may do what
      { path: 'campaigns', element: loading(<CampaignsListPage />) },
      { path: 'campaigns/:id', element: loading(<CampaignDetailPage />) },
      { path: 'campaigns/:id/units/:unitId', element: loading(<AssessmentSheetPage />) },
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
      // a task's or campaign's process; the backend checks the unit
      { path: 'cases/improvement-tasks/:id', element: loading(<TaskCasePage />) },
      { path: 'cases/campaigns/:id', element: loading(<CampaignCasePage />) },
      { path: 'cases/campaigns/:id/units/:unitId', element: loading(<CampaignCasePage />) },
      // the units the caller may see (the backend filters); unit heads get their own rank
      { path: 'dashboard', element: loading(<DashboardPage />) },
      // every role sees the movements; unit heads get their own standing (the backend filters and checks each call)
      { path: 'emulation', element: loading(<EmulationListPage />) },
      { path: 'emulation/:id', element: loading(<MovementDetailPage />) },
      // every user's own reminder settings (daily digest, calendar feed)
      { path: 'settings', element: loading(<SettingsPage />) },
      {
        path: 'admin/reminders',
        element: <RequireRole roles={['ADMIN', 'COORDINATOR']}>{loading(<ReminderAdminPage />)}</RequireRole>,
      },
      {
        path: 'admin/units',
        element: (
          <RequireRole roles={['ADMIN', 'COORDINATOR']}>
            {loading(<UnitsPage />)}
          </RequireRole>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireRole roles={['ADMIN', 'COORDINATOR']}>
            {loading(<UsersPage />)}
          </RequireRole>
        ),
      },
      {
        path: 'admin/mailbox',
        element: (
          <RequireRole roles={['ADMIN']}>
            {loading(<MailboxPage />)}
          </RequireRole>
        ),
      },
      { path: '*', element: loading(<NotFound />) },
    ],
  },
];
