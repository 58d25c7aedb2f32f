import { PlayCircleOutlined, RedoOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Segmented, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDate, formatDateTime } from '@/lib/format';
import { useOutbox, useRetryOutbox, useRunReminders } from '../hooks/use-reminders';
import { OUTBOX_STATUSES, type OutboxItem, type OutboxStatus, type RunResult } from '../types';

const STATUS_COLOR: Record<OutboxStatus, string> = { PENDING: 'blue', SENDING: 'gold', SENT: 'green', FAILED: 'red' };

/** The reminder mails by status (FAILED first shown, each with a retry) and the "run now" button (ADMIN). */
export function OutboxCard() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [status, setStatus] = useState<OutboxStatus>('FAILED');
  const outbox = useOutbox(status, true);
  const run = useRunReminders();
  const retry = useRetryOutbox();
  const counts = outbox.data?.pages[0]?.counts ?? {};
  const items = outbox.data?.pages.flatMap((page) => page.items) ?? [];

  const onError = (error: unknown) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6);
  const ran = (r: RunResult) => void message.success(t('reminders.outbox.ran', r), 6);

  return (
    <Card
      title={t('reminders.outbox.title')}
      style={{ marginBottom: 16 }}
      data-testid="reminder-outbox"
      extra={
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={() => void outbox.refetch()} loading={outbox.isFetching}>
            {t('common.refresh')}
          </Button>
          <Button type="primary" icon={<PlayCircleOutlined />} loading={run.isPending} onClick={() => run.mutate(undefined, { onSuccess: ran, onError })} data-testid="reminder-run">
            {t('reminders.outbox.run')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">{t('reminders.outbox.description')}</Typography.Paragraph>
      {outbox.error ? <ErrorAlert error={outbox.error} style={{ marginBottom: 12 }} /> : null}
      <Segmented<OutboxStatus>
        value={status}
        onChange={setStatus}
        style={{ marginBottom: 12 }}
        data-testid="outbox-status"
        options={OUTBOX_STATUSES.map((s) => ({
          value: s,
          label: (
            <span data-testid={`outbox-count-${s}`}>
              <Badge color={STATUS_COLOR[s]} /> {t(`reminders.outbox.statuses.${s}`)}: {counts[s] ?? 0}
            </span>
          ),
        }))}
      />
      <Table<OutboxItem>
        rowKey="id"
        size="small"
        loading={outbox.isLoading}
        dataSource={items}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t('reminders.outbox.empty') }}
        onRow={() => ({ 'data-testid': 'outbox-row' }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: '#', dataIndex: 'id', width: 70 },
          { title: t('reminders.outbox.columns.status'), dataIndex: 'status', width: 100, render: (s: OutboxStatus) => <Tag color={STATUS_COLOR[s]}>{t(`reminders.outbox.statuses.${s}`)}</Tag> },
          { title: t('reminders.outbox.columns.email'), dataIndex: 'email', width: 200 },
          {
            title: t('reminders.outbox.columns.title'),
            dataIndex: 'title',
            render: (title: string, r) => (
              <Space orientation="vertical" size={0}>
                <span>{title}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.kind} · {r.subject}
                </Typography.Text>
              </Space>
            ),
          },
          { title: t('reminders.outbox.columns.due'), dataIndex: 'dueDate', width: 100, render: (v: string | null) => formatDate(v) },
          { title: t('reminders.outbox.columns.attempts'), dataIndex: 'attempts', width: 80, align: 'right' },
          {
            title: t('reminders.outbox.columns.when'),
            width: 140,
            render: (_: unknown, r) => formatDateTime(r.sentAt ?? r.nextAttemptAt),
          },
          {
            title: t('reminders.outbox.columns.error'),
            dataIndex: 'lastError',
            width: 220,
            render: (v: string | null) =>
              v ? (
                <Typography.Text type="danger" ellipsis={{ tooltip: v }} style={{ maxWidth: 200 }}>
                  {v}
                </Typography.Text>
              ) : null,
          },
          {
            title: t('common.actions'),
            width: 110,
            render: (_: unknown, r) =>
              r.status === 'FAILED' ? (
                <Tooltip title={t('reminders.outbox.retryHint')}>
                  <Button
                    size="small"
                    icon={<RedoOutlined />}
                    loading={retry.isPending && retry.variables === r.id}
                    onClick={() => retry.mutate(r.id, { onSuccess: ran, onError })}
                    data-testid="outbox-retry"
                  >
                    {t('reminders.outbox.retry')}
                  </Button>
                </Tooltip>
              ) : null,
          },
        ]}
      />
      {outbox.hasNextPage ? (
        <Button block type="link" onClick={() => void outbox.fetchNextPage()} loading={outbox.isFetchingNextPage} data-testid="outbox-older">
          {t('reminders.outbox.older', { shown: items.length, total: counts[status] ?? items.length })}
        </Button>
      ) : null}
    </Card>
  );
}
