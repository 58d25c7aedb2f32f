import { Alert, Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ExportMenu } from '@/components/ui/export-menu';
import { formatNumber } from '@/lib/format';
import type { CoordinatorDashboard, DashboardFilters } from '../types';
import { drillDownLink, visibleCounters } from '../utils/dashboard';
import { OverdueChart } from './overdue-chart';
import { UnitsTable } from './units-table';

const RED = '#cf1322';
const ORANGE = '#d46b08';
const GREEN = '#389e0d';

/** Counters, the units table and the overdue chart of a year; the export carries the filters on screen. */
export function TaskDashboard({
  query,
  seesAll,
  filters = {},
}: {
  query: UseQueryResult<CoordinatorDashboard>;
  seesAll: boolean;
  filters?: DashboardFilters;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  if (query.error) return <ErrorAlert error={query.error} style={{ marginBottom: 16 }} />;
  if (!query.data) return <Skeleton active />;
  const d = query.data;
  const c = visibleCounters(d, seesAll);
  const done = c.doneOnTime + c.doneLate;
  const support = d.support ?? { open: 0, overdue: 0, done: 0 };
  // a counter opens the matching open work: every unit's for those who see all, the caller's otherwise
  const drill = (status?: 'DUE_SOON' | 'OVERDUE') => ({
    hoverable: true,
    style: { cursor: 'pointer' },
    onClick: () => navigate(drillDownLink({ allUnits: seesAll, status })),
  });

  return (
    <>
      {!seesAll ? (
        d.units.length === 0 ? (
          <Alert
            type="info"
            showIcon
            title={support.open + support.done > 0 ? t('dashboard.unit.noLead', { year: d.year }) : t('dashboard.unit.none', { year: d.year })}
            style={{ marginBottom: 16 }}
            data-testid="dash-no-lead"
          />
        ) : (
          <Card style={{ marginBottom: 16 }} data-testid="dash-rank">
            {d.units.map((u) => (
              <div key={u.unitId}>
                <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
                  {u.onTimeRate === null
                    ? t('dashboard.unit.unranked')
                    : t('dashboard.unit.rank', { rank: u.rank, count: d.unitCount })}
                </Typography.Title>
                <Typography.Text type="secondary">
                  {d.units.length > 1 ? `${u.unitName ?? ''} · ` : ''}
                  {t('dashboard.unit.rankHint', {
                    rate: u.onTimeRate === null ? t('dashboard.noRate') : `${formatNumber(u.onTimeRate, 1)}%`,
                    all: d.onTimeRate === null ? t('dashboard.noRate') : `${formatNumber(d.onTimeRate, 1)}%`,
                  })}
                </Typography.Text>
              </div>
            ))}
          </Card>
        )
      ) : null}
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }} data-testid="dash-lead-title">
        {t('dashboard.counters.leadTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card data-testid="dash-open" {...drill()}>
            <Statistic title={t('dashboard.counters.open')} value={c.open} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card data-testid="dash-due-soon" {...drill('DUE_SOON')}>
            <Statistic title={t('dashboard.counters.dueSoon')} value={c.dueSoon} styles={{ content: { color: c.dueSoon > 0 ? ORANGE : undefined } }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card data-testid="dash-overdue" {...drill('OVERDUE')}>
            <Statistic title={t('dashboard.counters.overdue')} value={c.overdue} styles={{ content: { color: c.overdue > 0 ? RED : undefined } }} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card data-testid="dash-on-time">
            <Statistic
              title={t('dashboard.counters.onTime')}
              value={c.onTimeRate === null ? t('dashboard.noRate') : formatNumber(c.onTimeRate, 1)}
              suffix={c.onTimeRate === null ? undefined : '%'}
              styles={{ content: { color: c.onTimeRate !== null && c.onTimeRate >= 80 ? GREEN : undefined } }}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('dashboard.counters.onTimeDetail', { onTime: c.doneOnTime, done })}
            </Typography.Text>
          </Card>
        </Col>
      </Row>
      <Typography.Title level={2} style={{ fontSize: 16, marginTop: 0 }}>
        {t('dashboard.support.title')}
      </Typography.Title>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="dash-support">
        <Col xs={8} md={6}>
          <Card data-testid="dash-support-open" {...drill()}>
            <Statistic title={t('dashboard.support.open')} value={support.open} />
          </Card>
        </Col>
        <Col xs={8} md={6}>
          <Card data-testid="dash-support-overdue">
            <Statistic title={t('dashboard.support.overdue')} value={support.overdue} styles={{ content: { color: support.overdue > 0 ? RED : undefined } }} />
          </Card>
        </Col>
        <Col xs={8} md={6}>
          <Card data-testid="dash-support-done">
            <Statistic title={t('dashboard.support.done')} value={support.done} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={24} xl={seesAll ? 16 : 24}>
          <Card
            title={seesAll ? t('dashboard.units.title') : t('dashboard.units.titleUnit')}
            size="small"
            extra={
              seesAll ? (
                <ExportMenu
                  path="/api/dashboard/coordinator/export"
                  params={{ year: d.year, planId: filters.planId, level: filters.level, campaignId: filters.campaignId }}
                  size="small"
                  testId="dash-export"
                />
              ) : null
            }
          >
            <UnitsTable units={d.units} loading={query.isFetching && !query.data} onOpen={(unitId) => navigate(drillDownLink({ unitId }))} />
          </Card>
        </Col>
        {seesAll ? (
          <Col xs={24} xl={8}>
            <Card title={t('dashboard.chart.overdueTitle')} size="small">
              {d.units.some((u) => u.overdue > 0) ? (
                <OverdueChart units={d.units} />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.chart.none')} data-testid="dash-chart-overdue" />
              )}
            </Card>
          </Col>
        ) : null}
      </Row>
    </>
  );
}
