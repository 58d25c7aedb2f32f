import { DeleteOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useFeedback } from '@/lib/feedback';
import { formatDateTime } from '@/lib/format';
import { dossierUrl } from '../api/download-dossier';
import { useEmulationPermissions } from '../hooks/use-emulation-permissions';
import { useDeleteNomination, useNominations } from '../hooks/use-nominations';
import type { MovementDetail, Nomination } from '../types';
import { apiMessage } from './nominate-modal';

/** The nominees for the chairman's certificate of merit, n/limit, each with their dossier (docx, pdf). */
export function NominationsPanel({ movement }: { movement: MovementDetail }) {
  const { t } = useTranslation();
  const { modal, message } = useFeedback();
  const can = useEmulationPermissions();
  const query = useNominations(movement.id, can.readNominations);
  const remove = useDeleteNomination(movement.id);
  const nominations = query.data ?? [];
  const count = query.data ? nominations.length : movement.nominationCount;

  const onRemove = (n: Nomination) =>
    modal.confirm({
      title: t('emulation.nominations.removeConfirm', { unit: n.unitName }),
      okText: t('emulation.nominations.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        remove.mutateAsync(n.id).then(
          () => void message.success(t('emulation.nominations.removed')),
          (error: unknown) => void message.error(apiMessage(error, t('errors.unexpected')), 8),
        ),
    });

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('emulation.nominations.title')}
      </Typography.Title>
      <Flex align="center" gap={12} data-testid="nominations-count">
        <span>{t('emulation.nominations.count', { count, limit: movement.awardLimit })}</span>
        <Progress
          aria-label={t('emulation.nominations.title')}
          percent={movement.awardLimit > 0 ? Math.round((count / movement.awardLimit) * 100) : 0}
          showInfo={false}
          status={count >= movement.awardLimit ? 'success' : 'normal'}
          style={{ maxWidth: 320, margin: 0 }}
        />
      </Flex>
      <Typography.Text type="secondary">{t('emulation.nominations.hint')}</Typography.Text>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <Table<Nomination>
        rowKey="id"
        size="small"
        loading={query.isLoading}
        dataSource={nominations}
        pagination={false}
        locale={{ emptyText: t('emulation.nominations.empty') }}
        scroll={{ x: 900 }}
        data-testid="nominations-table"
        onRow={(n) => ({ 'data-testid': `nomination-row-${n.id}` }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('emulation.nominations.unit'), dataIndex: 'unitName', width: 200 },
          { title: t('emulation.nominations.head'), dataIndex: 'headName', width: 160 },
          {
            title: t('emulation.nominations.met'),
            key: 'met',
            width: 110,
            render: (_: unknown, n) => t('emulation.scoreboard.metOf', { met: n.met, applicable: n.applicable }),
          },
          { title: t('emulation.nominations.reason'), dataIndex: 'reason' },
          {
            title: t('emulation.nominations.proposed'),
            key: 'proposed',
            width: 160,
            render: (_: unknown, n) => (
              <div>
                <div>{n.proposedBy}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(n.proposedAt)}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('emulation.nominations.dossier'),
            key: 'dossier',
            width: can.manage ? 260 : 190,
            render: (_: unknown, n) => (
              <Space wrap size={4}>
                <Button size="small" icon={<FileWordOutlined />} href={dossierUrl(movement.id, n.id, 'docx')} download data-testid={`dossier-docx-${n.id}`}>
                  DOCX
                </Button>
                <Button size="small" icon={<FilePdfOutlined />} href={dossierUrl(movement.id, n.id, 'pdf')} download data-testid={`dossier-pdf-${n.id}`}>
                  PDF
                </Button>
                {can.manage ? (
                  <Button size="small" danger icon={<DeleteOutlined />} onClick={() => onRemove(n)} data-testid={`nomination-remove-${n.id}`}>
                    {t('emulation.nominations.remove')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Flex>
  );
}
