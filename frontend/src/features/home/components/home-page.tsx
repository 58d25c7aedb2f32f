import { Card, Col, Descriptions, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Me, primaryRole, type Role } from '@/lib/auth';
import { formatDate } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { levelName, usePublicConfig } from '@/lib/public-config';
import { useUnits } from '@/lib/units';
import { ErrorAlert } from '@/components/ui/error-alert';
import { RoleTags } from '@/components/ui/role-tags';
import { useUserCount } from '../hooks/use-user-count';
import { UnitStats } from './unit-stats';
import { ReviewQueue } from './review-queue';
import { UpcomingTasks } from './upcoming-tasks';

/** Bullet lists of what each role does (or will do) in the app, from the locale files. */
function Duties({ role }: { role: Role }) {
  const { t } = useTranslation();
  const items = t(`home.duties.${role}`, { returnObjects: true }) as unknown;
  const list = Array.isArray(items) ? (items as string[]) : [];
  return (
    <Card title={t('home.dutiesTitle')} size="small">
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {list.map((item) => (
          <li key={item} style={{ marginBottom: 6 }}>
            {item}
          </li>
        ))}
      </ul>
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('home.buildingNotice')}
      </Typography.Paragraph>
    </Card>
  );
}

function AdminLinks({ role, demo }: { role: Role; demo: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('home.adminTools')} size="small">
      <Space orientation="vertical">
        <Link to="/admin/units">{t('nav.units')}</Link>
        <Link to="/admin/users">{t('nav.users')}</Link>
        {role === 'ADMIN' && demo ? <Link to="/admin/mailbox">{t('nav.mailbox')}</Link> : null}
        {role === 'ADMIN' ? (
          <a href="/camunda/app/cockpit/" target="_blank" rel="noopener noreferrer">
            {t('nav.cockpit')}
          </a>
        ) : null}
        {role === 'ADMIN' ? (
          <a href="/swagger-ui.html" target="_blank" rel="noopener noreferrer">
            {t('nav.swagger')}
          </a>
        ) : null}
      </Space>
    </Card>
  );
}

export function HomePage({ user }: { user: Me }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const role = primaryRole(user.roles);
  const config = usePublicConfig();
  const levels = config.data?.levels ?? [];
  const isManager = role === 'ADMIN' || role === 'COORDINATOR';
  // the people with an inbox of their own: units' heads and staff, and the coordinator who reviews
  const hasInbox = user.roles.some((r) => r === 'UNIT_HEAD' || r === 'UNIT_STAFF' || r === 'COORDINATOR');
  const units = useUnits();
  const userCount = useUserCount(isManager);
  const unitList = units.data ?? [];
  const ownUnitChildren = user.unit ? unitList.filter((u) => u.parentId === user.unit?.id).length : 0;

  return (
    <div data-testid={`home-${(role ?? 'none').toLowerCase()}`}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.greeting', { name: user.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.today', { date: formatDate(new Date()) })}
        {user.unit ? ` · ${user.unit.name}` : ''}
      </Typography.Paragraph>

      {units.error ? <ErrorAlert error={units.error} style={{ marginBottom: 16 }} /> : null}

      <Row gutter={[16, 16]}>
        {isManager ? (
          <Col span={24}>
            <UnitStats units={unitList} levels={levels} loading={units.isLoading} userCount={userCount.data} />
          </Col>
        ) : null}

        {user.roles.includes('COORDINATOR') ? (
          <Col span={24}>
            <ReviewQueue />
          </Col>
        ) : null}

        {hasInbox ? (
          <Col span={24}>
            <UpcomingTasks />
          </Col>
        ) : null}

        <Col xs={24} lg={12}>
          <Card title={t('home.yourAccount')} size="small" data-testid="home-account">
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('auth.username')}>{user.username}</Descriptions.Item>
              {user.email ? <Descriptions.Item label={t('users.email')}>{user.email}</Descriptions.Item> : null}
              <Descriptions.Item label={t('users.roles')}>
                <RoleTags roles={user.roles} />
              </Descriptions.Item>
              <Descriptions.Item label={t('users.unit')}>
                {user.unit ? (
                  <span data-testid="home-unit">
                    {user.unit.name}
                    {user.unit.shortName ? ` (${user.unit.shortName})` : ''} · {levelName(levels, user.unit.level, language)}
                  </span>
                ) : (
                  <Typography.Text type="secondary">{t('home.noUnit')}</Typography.Text>
                )}
              </Descriptions.Item>
              {user.unit && !isManager && !units.isLoading && !units.error ? (
                <Descriptions.Item label={t('home.subUnits')}>{ownUnitChildren}</Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>

        <Col xs={24} lg={12}>{role ? <Duties role={role} /> : null}</Col>

        {isManager && role ? (
          <Col xs={24} lg={12}>
            <AdminLinks role={role} demo={Boolean(config.data?.demo)} />
          </Col>
        ) : null}
      </Row>
    </div>
  );
}
