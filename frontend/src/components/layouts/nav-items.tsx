import {
  ApiOutlined,
  ApartmentOutlined,
  BellOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DeploymentUnitOutlined,
  HomeOutlined,
  MailOutlined,
  OrderedListOutlined,
  RiseOutlined,
  SettingOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '@/lib/auth';

export type NavItem = {
  key: string;
  labelKey: string;
  icon: ReactNode;
  /** who sees it; empty = every logged-in user */
  roles?: Role[];
  /** opened in a new tab, outside the single-page app */
  externalHref?: string;
  demoOnly?: boolean;
};

export type NavGroup = { key: string; labelKey: string; icon: ReactNode; roles: Role[]; items: NavItem[] };

/** Features still being built: each has a route showing an honest "being built" page. */
export const UPCOMING_FEATURES: NavItem[] = [];

export const HOME_ITEM: NavItem = { key: '/', labelKey: 'nav.home', icon: <HomeOutlined /> };

/** Features in use, shown to every role listed (all roles when none); pages check who may change what. */
export const FEATURES: NavItem[] = [
  { key: '/campaigns', labelKey: 'nav.campaigns', icon: <CalendarOutlined /> },
  {
    key: '/unit-tasks',
    labelKey: 'nav.unitTasks',
    icon: <CheckSquareOutlined />,
    roles: ['ADMIN', 'COORDINATOR', 'COUNCIL', 'UNIT_HEAD', 'UNIT_STAFF'],
  },
  { key: '/criteria', labelKey: 'nav.criteria', icon: <OrderedListOutlined /> },
  { key: '/improvement-plans', labelKey: 'nav.improvementPlans', icon: <RiseOutlined /> },
  {
    key: '/dashboard',
    labelKey: 'nav.dashboard',
    icon: <DashboardOutlined />,
    roles: ['ADMIN', 'COORDINATOR', 'LEADER', 'COUNCIL', 'UNIT_HEAD'],
  },
  { key: '/emulation', labelKey: 'nav.emulation', icon: <TrophyOutlined /> },
];

export const ADMIN_GROUP: NavGroup = {
  key: 'admin',
  labelKey: 'nav.admin',
  icon: <SettingOutlined />,
  roles: ['ADMIN', 'COORDINATOR'],
  items: [
    { key: '/admin/units', labelKey: 'nav.units', icon: <ApartmentOutlined />, roles: ['ADMIN', 'COORDINATOR'] },
    { key: '/admin/users', labelKey: 'nav.users', icon: <TeamOutlined />, roles: ['ADMIN', 'COORDINATOR'] },
    { key: '/admin/reminders', labelKey: 'nav.reminders', icon: <BellOutlined />, roles: ['ADMIN', 'COORDINATOR'] },
    { key: '/admin/mailbox', labelKey: 'nav.mailbox', icon: <MailOutlined />, roles: ['ADMIN'], demoOnly: true },
    {
      key: 'cockpit',
      labelKey: 'nav.cockpit',
      icon: <DeploymentUnitOutlined />,
      roles: ['ADMIN'],
      externalHref: '/camunda/app/cockpit/',
    },
    { key: 'swagger', labelKey: 'nav.swagger', icon: <ApiOutlined />, roles: ['ADMIN'], externalHref: '/swagger-ui.html' },
  ],
};
