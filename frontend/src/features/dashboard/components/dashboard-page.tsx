import { ReloadOutlined } from '@ant-design/icons';
import { Button, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { hasAnyRole, useMe } from '@/lib/auth';
import { formatTime } from '@/lib/format';
import { levelName, usePublicConfig } from '@/lib/public-config';
import { useCampaigns } from '@/features/campaigns/hooks/use-campaigns';
import { useCoordinatorDashboard, useFieldDashboard, usePlanOptions, useTimeline } from '../hooks/use-dashboard';
import type { DashboardFilters } from '../types';
import { campaignFilterOptions, planFilterOptions, SEES_ALL_ROLES, yearOptions } from '../utils/dashboard';
import { FieldsTable } from './fields-table';
import { ScoreDashboardSection } from './score-dashboard';
import { TaskDashboard } from './task-dashboard';
import { TimelineSection } from './timeline-section';

/** Improvement tasks of a year by unit (refreshed every minute) and, for leaders and unit heads, a plan's scores. */
export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const [filters, setFilters] = useState<DashboardFilters>({});
  const dashboard = useCoordinatorDashboard(year, filters);
  const timeline = useTimeline(year, filters);
  const fields = useFieldDashboard(year, filters);
  const seesAll = hasAnyRole(me.data, [...SEES_ALL_ROLES]);
  // a unit head sees the scores of their own unit's plans (the backend lists only the plans they may see)
  const showsScores = seesAll || hasAnyRole(me.data, ['UNIT_HEAD']);
  const plans = usePlanOptions(showsScores);
  const campaigns = useCampaigns(seesAll);
  const config = usePublicConfig();
  const planOptions = planFilterOptions(plans.data ?? [], year, filters.campaignId);
  const campaignOptions = campaignFilterOptions(campaigns.data ?? [], year);
  const chooseCampaign = (campaignId: number | undefined) =>
    setFilters((f) => {
      // a chosen plan drawn up from another campaign no longer fits
      const plan = (plans.data ?? []).find((p) => p.id === f.planId);
      const keepsPlan = campaignId === undefined || plan?.campaignId === campaignId;
      return { ...f, campaignId, planId: keepsPlan ? f.planId : undefined };
    });

  return (
    <div data-testid="dashboard">
      <PageHeader
        title={t('dashboard.title')}
        description={seesAll ? t('dashboard.description') : t('dashboard.descriptionUnit')}
        extra={
          <Space wrap>
            {dashboard.dataUpdatedAt ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('dashboard.updatedAt', { time: formatTime(dashboard.dataUpdatedAt) })}
              </Typography.Text>
            ) : null}
            {seesAll ? (
              <>
                <Select<number>
                  allowClear
                  value={filters.campaignId}
                  onChange={chooseCampaign}
                  placeholder={t('dashboard.filters.campaign')}
                  aria-label={t('dashboard.filters.campaign')}
                  loading={campaigns.isLoading}
                  options={campaignOptions.map((c) => ({ value: c.id, label: c.name }))}
                  style={{ width: 260 }}
                  data-testid="dash-filter-campaign"
                />
                <Select<number>
                  allowClear
                  value={filters.planId}
                  onChange={(planId) => setFilters((f) => ({ ...f, planId }))}
                  placeholder={t('dashboard.filters.plan')}
                  aria-label={t('dashboard.filters.plan')}
                  options={planOptions.map((p) => ({ value: p.id, label: p.name ?? `#${p.id}` }))}
                  style={{ width: 260 }}
                  data-testid="dash-filter-plan"
                />
                <Select<string>
                  allowClear
                  value={filters.level}
                  onChange={(level) => setFilters((f) => ({ ...f, level }))}
                  placeholder={t('dashboard.filters.level')}
                  aria-label={t('dashboard.filters.level')}
                  options={(config.data?.levels ?? []).map((l) => ({ value: l.code, label: levelName(config.data?.levels, l.code, i18n.language) }))}
                  style={{ width: 180 }}
                  data-testid="dash-filter-level"
                />
              </>
            ) : null}
            <Select<number>
              value={year}
              onChange={(y) => {
                setYear(y);
                setFilters((f) => ({ ...f, planId: undefined, campaignId: undefined }));
              }}
              options={yearOptions(thisYear, year).map((y) => ({ value: y, label: t('dashboard.year', { year: y }) }))}
              aria-label={t('dashboard.yearLabel')}
              style={{ width: 120 }}
              data-testid="dash-year"
            />
            <Button
              icon={<ReloadOutlined />}
              onClick={() => {
                void dashboard.refetch();
                void timeline.refetch();
                void fields.refetch();
              }}
              loading={dashboard.isFetching}
            >
              {t('common.refresh')}
            </Button>
          </Space>
        }
      />
      <TaskDashboard query={dashboard} seesAll={seesAll} filters={filters} />
      {dashboard.data ? <FieldsTable query={fields} /> : null}
      <TimelineSection query={timeline} />
      {showsScores ? <ScoreDashboardSection year={year} ownUnitId={seesAll ? undefined : me.data?.unit?.id} /> : null}
    </div>
  );
}
