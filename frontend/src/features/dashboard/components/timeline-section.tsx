import { Card, Col, Row, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { Timeline } from '../types';
import { DoneByMonthChart, TimelineChart } from './timeline-chart';

/** The year's timeline of milestones and deadlines, and the tasks done per month. */
export function TimelineSection({ query }: { query: UseQueryResult<Timeline> }) {
  const { t } = useTranslation();
  if (query.error) return <ErrorAlert error={query.error} style={{ marginBottom: 16 }} />;
  if (!query.data) return <Skeleton active />;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24}>
        <Card title={t('dashboard.timeline.title')} size="small">
          <TimelineChart timeline={query.data} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title={t('dashboard.chart.doneTitle')} size="small">
          <DoneByMonthChart doneByMonth={query.data.doneByMonth} />
        </Card>
      </Col>
    </Row>
  );
}
