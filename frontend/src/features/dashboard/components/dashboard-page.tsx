import { ReloadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { hasAnyRole, useMe } from '@/lib/auth';
import { formatDateTime } from '@/lib/format';
import { useCoordinatorDashboard } from '../hooks/use-dashboard';
import { SEES_ALL_ROLES, yearOptions } from '../utils/dashboard';
import { ScoreDashboardSection } from './score-dashboard';
import { TaskDashboard } from './task-dashboard';

/** Improvement tasks of a year by unit (refreshed every minute) and, for leaders, the plan's scores. */
export function DashboardPage() {
  const { t } = useTranslation();
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const dashboard = useCoordinatorDashboard(year);
  const seesAll = hasAnyRole(me.data, [...SEES_ALL_ROLES]);

  return (
    <div data-testid="dashboard">
      <PageHeader
        title={t('dashboard.title')}
        description={seesAll ? t('dashboard.description') : t('dashboard.descriptionUnit')}
        extra={
          <Space wrap>
            {dashboard.dataUpdatedAt ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('dashboard.updatedAt', { time: formatDateTime(dashboard.dataUpdatedAt) })}
              </Typography.Text>
            ) : null}
            <Select<number>
              value={year}
              onChange={setYear}
              options={yearOptions(thisYear, year).map((y) => ({ value: y, label: t('dashboard.year', { year: y }) }))}
              aria-label={t('dashboard.yearLabel')}
              style={{ width: 120 }}
              data-testid="dash-year"
            />
            <Button icon={<ReloadOutlined />} onClick={() => void dashboard.refetch()} loading={dashboard.isFetching}>
              {t('common.refresh')}
            </Button>
          </Space>
        }
      />
      <TaskDashboard query={dashboard} seesAll={seesAll} />
      {seesAll ? <ScoreDashboardSection year={year} /> : null}
    </div>
  );
}
