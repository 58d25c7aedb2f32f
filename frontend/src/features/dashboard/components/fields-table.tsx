import { Card, Progress, Table, Typography, theme } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatNumber } from '@/lib/format';
import type { DashboardField } from '../types';
import { byNumber, counterColumns } from './counter-columns';

/** The task counters by field (lĩnh vực), in the criteria's order; every column sorts. */
export function FieldsTable({ query }: { query: UseQueryResult<DashboardField[]> }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
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
          ...counterColumns<DashboardField>(t, 'dash-field-overdue'),
          {
            title: t('dashboard.units.onTimeRate'),
            dataIndex: 'onTimeRate',
            width: 170,
            sorter: byNumber<DashboardField>((f) => f.onTimeRate),
            render: (v: number | null, f) =>
              v === null ? (
                <Typography.Text type="secondary">{t('dashboard.noRate')}</Typography.Text>
              ) : (
                <Progress
                  aria-label={`${t('dashboard.units.onTimeRate')}: ${f.code ? `${f.code}. ` : ''}${f.title}`}
                  percent={v}
                  size="small"
                  // green bar from 80 %, red below 50 %; the figure stays readable (antd's success green text
                  // is 2.3:1 on white), so never the success status, which antd also sets by itself at 100 %
                  status={v >= 50 ? 'normal' : 'exception'}
                  strokeColor={v >= 80 ? token.colorSuccess : undefined}
                  format={(p) => `${formatNumber(p ?? 0, 1)}%`}
                />
              ),
          },
        ]}
      />
    </Card>
  );
}
