import { Card, Progress, Table, Typography } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatNumber } from '@/lib/format';
import type { DashboardField } from '../types';

const byNumber = (pick: (f: DashboardField) => number | null) => (a: DashboardField, b: DashboardField) =>
  (pick(a) ?? -1) - (pick(b) ?? -1);

/** The task counters by field (lĩnh vực), in the criteria's order; every column sorts. */
export function FieldsTable({ query }: { query: UseQueryResult<DashboardField[]> }) {
  const { t } = useTranslation();
  return (
    <Card title={t('dashboard.fields.title')} size="small" style={{ marginBottom: 16 }}>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Table<DashboardField>
        rowKey="code"
        size="small"
        loading={query.isLoading}
        dataSource={query.data ?? []}
        pagination={false}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('dashboard.fields.empty') }}
        data-testid="dash-fields"
        onRow={() => ({ 'data-testid': 'dash-field-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: t('dashboard.fields.field'),
            dataIndex: 'title',
            render: (_: unknown, f) => (f.code ? `${f.code}. ${f.title}` : f.title),
          },
          { title: t('dashboard.counters.open'), dataIndex: 'open', width: 90, align: 'right', sorter: byNumber((f) => f.open) },
          {
            title: t('dashboard.counters.dueSoon'),
            dataIndex: 'dueSoon',
            width: 100,
            align: 'right',
            sorter: byNumber((f) => f.dueSoon),
            render: (v: number) => (v > 0 ? <Typography.Text type="warning">{v}</Typography.Text> : v),
          },
          {
            title: t('dashboard.counters.overdue'),
            dataIndex: 'overdue',
            width: 90,
            align: 'right',
            sorter: byNumber((f) => f.overdue),
            render: (v: number) =>
              v > 0 ? (
                <Typography.Text type="danger" strong data-testid="dash-field-overdue">
                  {v}
                </Typography.Text>
              ) : (
                v
              ),
          },
          { title: t('dashboard.units.doneOnTime'), dataIndex: 'doneOnTime', width: 100, align: 'right', sorter: byNumber((f) => f.doneOnTime) },
          { title: t('dashboard.units.doneLate'), dataIndex: 'doneLate', width: 90, align: 'right', sorter: byNumber((f) => f.doneLate) },
          {
            title: t('dashboard.units.onTimeRate'),
            dataIndex: 'onTimeRate',
            width: 170,
            sorter: byNumber((f) => f.onTimeRate),
            render: (v: number | null) =>
              v === null ? (
                <Typography.Text type="secondary">{t('dashboard.noRate')}</Typography.Text>
              ) : (
                <Progress
                  percent={v}
                  size="small"
                  status={v >= 80 ? 'success' : v >= 50 ? 'normal' : 'exception'}
                  format={(p) => `${formatNumber(p ?? 0, 1)}%`}
                />
              ),
          },
        ]}
      />
    </Card>
  );
}
