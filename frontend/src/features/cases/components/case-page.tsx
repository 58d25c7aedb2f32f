import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Result, Space, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { useCase } from '../hooks/use-case';
import type { CaseHistoryEntry, CaseKind } from '../types';
import { caseMarkers } from '../utils/markers';
import { CaseDiagram } from './case-diagram';

const LEGEND = [
  { marker: 'case-active', color: '#389e0d', fill: '#f6ffed' },
  { marker: 'case-overdue', color: '#cf1322', fill: '#fff1f0' },
  { marker: 'case-done', color: '#8c8c8c', fill: '#f5f5f5' },
] as const;

const id = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : Number.NaN);

/** Where the case's subject lives in the app: the task page or the campaign (or its unit's sheet). */
function backLink(kind: CaseKind, subjectId: number, unitId: number | undefined) {
  if (kind === 'improvement-tasks') return `/improvement-tasks/${subjectId}`;
  return unitId === undefined ? `/campaigns/${subjectId}` : `/campaigns/${subjectId}/units/${unitId}`;
}

/** The BPMN diagram of a task or campaign with the current, overdue and completed steps marked, and its history. */
export function CasePage({ kind }: { kind: CaseKind }) {
  const { t } = useTranslation();
  const params = useParams();
  const subjectId = id(params.id);
  const unitId = params.unitId === undefined ? undefined : id(params.unitId);
  const query = useCase(kind, subjectId, unitId);
  const markers = useMemo(() => (query.data ? caseMarkers(query.data) : new Map()), [query.data]);

  if (Number.isNaN(subjectId) || Number.isNaN(unitId) || (isApiError(query.error) && query.error.status === 404)) {
    return <Result status="404" title={t('cases.notFound')} data-testid="case-not-found" />;
  }
  if (isApiError(query.error) && query.error.status === 403) {
    return <Result status="403" title="403" subTitle={query.error.detail ?? t('errors.forbidden')} data-testid="case-forbidden" />;
  }
  if (query.isLoading) return <FullPageSpinner />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  const c = query.data;
  const active = new Set(c.activeActivityIds);
  const overdue = new Set(c.overdueActivityIds);

  return (
    <div data-testid="case-page">
      <PageHeader
        title={t('cases.title', { title: c.title })}
        description={t(`cases.processes.${c.processDefinitionKey}`, { defaultValue: c.processDefinitionKey })}
        extra={
          <Link to={backLink(kind, subjectId, unitId)}>
            <Button icon={<ArrowLeftOutlined />}>{t('cases.back')}</Button>
          </Link>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap size="large" style={{ marginBottom: 8 }} data-testid="case-legend">
          {LEGEND.map((l) => (
            <span key={l.marker}>
              <span className="case-legend-swatch" style={{ borderColor: l.color, background: l.fill }} />
              {t(`cases.legend.${l.marker}`)}
            </span>
          ))}
        </Space>
        <CaseDiagram xml={c.xml} markers={markers} />
      </Card>
      <Card size="small" title={t('cases.history.title')}>
        <Table<CaseHistoryEntry & { key: number }>
          size="small"
          data-testid="case-history"
          dataSource={c.history.map((h, i) => ({ ...h, key: i }))}
          pagination={c.history.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('cases.history.empty') }}
          columns={[
            {
              title: t('cases.history.step'),
              dataIndex: 'activityName',
              render: (_: unknown, h) => (
                <Space size={4} wrap>
                  <span>{h.activityName || h.activityId}</span>
                  {!h.endTime && overdue.has(h.activityId) ? (
                    <Tag color="red">{t('cases.legend.case-overdue')}</Tag>
                  ) : !h.endTime && active.has(h.activityId) ? (
                    <Tag color="green">{t('cases.legend.case-active')}</Tag>
                  ) : null}
                </Space>
              ),
            },
            {
              title: t('cases.history.type'),
              dataIndex: 'activityType',
              width: 170,
              render: (v: string) => <Typography.Text type="secondary">{t(`cases.types.${v}`, { defaultValue: v })}</Typography.Text>,
            },
            { title: t('cases.history.start'), dataIndex: 'startTime', width: 150, render: (v: string) => formatDateTime(v) },
            { title: t('cases.history.end'), dataIndex: 'endTime', width: 150, render: (v: string | null) => (v ? formatDateTime(v) : '') },
            { title: t('cases.history.assignee'), dataIndex: 'assignee', width: 140, render: (v: string | null) => v ?? '' },
          ]}
        />
      </Card>
    </div>
  );
}

export function TaskCasePage() {
  return <CasePage kind="improvement-tasks" />;
}

export function CampaignCasePage() {
  return <CasePage kind="campaigns" />;
}
