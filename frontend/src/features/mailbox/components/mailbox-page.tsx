import { ClearOutlined, ReloadOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { useClearTestMailbox, useSendTestMessage, useTestMailbox } from '../hooks/use-test-mailbox';
import type { MailMessage } from '../types';
import { MailViewer } from './mail-viewer';
import { useFeedback } from '@/lib/feedback';

export function MailboxPage() {
  const { t } = useTranslation();
  const { message: toast } = useFeedback();
  const mailbox = useTestMailbox();
  const send = useSendTestMessage();
  const clear = useClearTestMailbox();
  const [open, setOpen] = useState<MailMessage | null>(null);
  const failed = (error: unknown) => void toast.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'));
  const messages = [...(mailbox.data?.messages ?? [])].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));

  return (
    <>
      <PageHeader
        title={t('mailbox.title')}
        description={t('mailbox.description')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void mailbox.refetch()} loading={mailbox.isFetching} data-testid="mailbox-refresh">
              {t('common.refresh')}
            </Button>
            <Button
              icon={<SendOutlined />}
              loading={send.isPending}
              disabled={mailbox.data?.enabled === false}
              onClick={() => send.mutate(undefined, { onSuccess: () => void toast.success(t('mailbox.sent')), onError: failed })}
              data-testid="mailbox-send-test"
            >
              {t('mailbox.sendTest')}
            </Button>
            <Popconfirm
              title={t('mailbox.clearConfirm')}
              okText={t('mailbox.clear')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => clear.mutate(undefined, { onSuccess: () => void toast.success(t('mailbox.cleared')), onError: failed })}
            >
              <Button danger icon={<ClearOutlined />} loading={clear.isPending} disabled={messages.length === 0} data-testid="mailbox-clear">
                {t('mailbox.clear')}
              </Button>
            </Popconfirm>
          </Space>
        }
      />
      <Card>
        {mailbox.error ? <ErrorAlert error={mailbox.error} style={{ marginBottom: 16 }} /> : null}
        {mailbox.data && !mailbox.data.enabled ? <Alert type="warning" showIcon title={t('mailbox.disabled')} style={{ marginBottom: 16 }} /> : null}
        <Table<MailMessage>
          rowKey="id"
          size="middle"
          loading={mailbox.isLoading}
          dataSource={messages}
          locale={{ emptyText: t('mailbox.empty') }}
          pagination={messages.length > 20 ? { pageSize: 20 } : false}
          onRow={(m) => ({ onClick: () => setOpen(m), style: { cursor: 'pointer' } })}
          data-testid="mailbox-table"
          columns={[
            { title: t('mailbox.receivedAt'), dataIndex: 'receivedAt', width: 170, render: (v: string) => formatDateTime(v) },
            { title: t('mailbox.from'), dataIndex: 'from', width: 240 },
            { title: t('mailbox.to'), dataIndex: 'to', width: 260, render: (to: string[]) => (to ?? []).join(', ') },
            { title: t('mailbox.subject'), dataIndex: 'subject', render: (v: string) => v || t('mailbox.noSubject') },
          ]}
        />
      </Card>
      <MailViewer message={open} onClose={() => setOpen(null)} />
    </>
  );
}
