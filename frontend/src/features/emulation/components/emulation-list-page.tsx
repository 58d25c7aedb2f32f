import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Progress, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { useEmulationPermissions } from '../hooks/use-emulation-permissions';
import { useLevelName } from '../hooks/use-level-name';
import { useMovements } from '../hooks/use-movements';
import type { Movement } from '../types';
import { CreateMovementModal } from './create-movement-modal';

export function EmulationListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useMovements();
  const { manage } = useEmulationPermissions();
  const levelName = useLevelName();
  const [creating, setCreating] = useState(false);
  const movements = query.data ?? [];

  return (
    <>
      <PageHeader
        title={t('emulation.title')}
        description={t('emulation.description')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} loading={query.isFetching}>
              {t('common.refresh')}
            </Button>
            {manage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="emulation-create">
                {t('emulation.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        {query.error ? <ErrorAlert error={query.error} style={{ marginBottom: 16 }} /> : null}
        <Table<Movement>
          rowKey="id"
          loading={query.isLoading}
          dataSource={movements}
          pagination={movements.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: t('emulation.empty') }}
          scroll={{ x: 800 }}
          data-testid="emulation-list"
          onRow={(m) => ({ 'data-testid': `emulation-row-${m.id}` }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('emulation.year'), dataIndex: 'year', width: 80 },
            {
              title: t('emulation.name'),
              dataIndex: 'name',
              render: (name: string, m) => (
                <Link to={`/emulation/${m.id}`} data-testid={`emulation-open-${m.id}`}>
                  {name}
                </Link>
              ),
            },
            {
              title: t('emulation.levels'),
              dataIndex: 'levels',
              width: 260,
              render: (levels: Movement['levels']) => (
                <Space size={4} wrap>
                  {levels.map((l) => (
                    <Tag key={l}>{levelName(l)}</Tag>
                  ))}
                </Space>
              ),
            },
            {
              title: t('emulation.nominationCount'),
              key: 'nominations',
              width: 180,
              render: (_: unknown, m) => (
                <Space size={8} data-testid={`emulation-nominations-${m.id}`}>
                  <span>{t('emulation.nominationsOf', { count: m.nominationCount, limit: m.awardLimit })}</span>
                  <Progress
                    aria-label={t('emulation.nominationsOf', { count: m.nominationCount, limit: m.awardLimit })}
                    percent={m.awardLimit > 0 ? Math.round((m.nominationCount / m.awardLimit) * 100) : 0}
                    showInfo={false}
                    size="small"
                    style={{ width: 80, margin: 0 }}
                  />
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {manage ? (
        <CreateMovementModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(m) => {
            setCreating(false);
            void navigate(`/emulation/${m.id}`);
          }}
        />
      ) : null}
    </>
  );
}
