import { InfoCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Flex, Row, Select, Skeleton, Statistic, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatPoints } from '@/lib/format';
import { usePlanOptions, useScoreDashboard } from '../hooks/use-dashboard';
import { plansWithBaseline, scoreBars } from '../utils/dashboard';
import { ScoreBars } from './score-bars';
import { ScoreHistoryChart } from './score-history-chart';
import { ScoreRankingCard } from './score-ranking-card';

/**
 * The points of a plan (with a baseline) per field: achieved, secured, projected and target; the
 * owner unit's index over the years and its ranking. A unit head ({@code ownUnitId}) is offered
 * their own unit's plans only (the API refuses others with a 403, shown as an error).
 */
export function ScoreDashboardSection({ year, ownUnitId }: { year: number; ownUnitId?: number }) {
  const { t } = useTranslation();
  const plans = usePlanOptions(true);
  const options = useMemo(() => plansWithBaseline(plans.data ?? [], year, ownUnitId), [plans.data, year, ownUnitId]);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const planId = chosen !== undefined && options.some((p) => p.id === chosen) ? chosen : (options[0]?.id ?? undefined);
  const scores = useScoreDashboard(planId);
  const bars = useMemo(() => scoreBars(scores.data), [scores.data]);
  const s = scores.data;

  return (
    <Card
      title={s?.ownerUnitName ? t('dashboard.scores.titleUnit', { unit: s.ownerUnitName }) : t('dashboard.scores.title')}
      extra={
        <Select<number>
          value={planId}
          onChange={setChosen}
          placeholder={t('dashboard.scores.plan')}
          aria-label={t('dashboard.scores.plan')}
          loading={plans.isLoading}
          options={options.map((p) => ({ value: p.id, label: `${p.name ?? `#${p.id}`} (${p.year})` }))}
          style={{ minWidth: 320, maxWidth: 520 }}
          data-testid="dash-plan"
        />
      }
      data-testid="dash-score-section"
    >
      {plans.error ? <ErrorAlert error={plans.error} /> : null}
      {!plans.isLoading && options.length === 0 ? <Empty description={t('dashboard.scores.noPlan')} /> : null}
      {scores.error ? <ErrorAlert error={scores.error} /> : null}
      {planId !== undefined && scores.isLoading ? <Skeleton active /> : null}
      {s ? (
        <>
          <Alert
            type="warning"
            showIcon
            icon={<InfoCircleOutlined />}
            title={t('dashboard.scores.assumptionTitle')}
            description={s.assumption}
            style={{ marginBottom: 16 }}
            data-testid="dash-assumption"
          />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="dash-score-totals">
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.scores.achieved')} value={formatPoints(s.achieved)} suffix={`/ ${formatPoints(s.max)}`} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.scores.target')} value={formatPoints(s.target)} suffix={`/ ${formatPoints(s.max)}`} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.scores.projected')} value={formatPoints(s.projected)} suffix={`/ ${formatPoints(s.max)}`} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t('dashboard.scores.projectedIndex')} value={formatPoints(s.projectedIndex)} suffix="%" />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('dashboard.scores.projectedIndexHint')}
              </Typography.Text>
            </Col>
          </Row>
          {s.history.length > 0 || s.ranking ? (
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              {s.history.length > 0 ? (
                <Col xs={24} lg={s.ranking ? 16 : 24}>
                  <Card size="small" title={t('dashboard.scores.history.title')}>
                    <ScoreHistoryChart history={s.history} />
                  </Card>
                </Col>
              ) : null}
              {s.ranking ? (
                <Col xs={24} lg={s.history.length > 0 ? 8 : 24}>
                  <ScoreRankingCard ranking={s.ranking} projectedIndex={s.projectedIndex} />
                </Col>
              ) : null}
            </Row>
          ) : null}
          <Flex vertical gap={4}>
            <ScoreBars bars={bars} />
          </Flex>
        </>
      ) : null}
    </Card>
  );
}
