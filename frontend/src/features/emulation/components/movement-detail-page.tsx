import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-client';
import { useEmulationPermissions } from '../hooks/use-emulation-permissions';
import { useLevelName } from '../hooks/use-level-name';
import { useMovement } from '../hooks/use-movements';
import type { MovementDetail } from '../types';
import { EntriesPanel } from './entries-panel';
import { NominationsPanel } from './nominations-panel';
import { ScoreboardPanel } from './scoreboard-panel';
import { TargetsPanel } from './targets-panel';

/** Route parameter → id: "12" → 12; anything else → undefined. */
export function parseMovementId(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function MovementDetailPage() {
  const { t } = useTranslation();
  const id = parseMovementId(useParams().id);
  const query = useMovement(id);
  if (id === undefined || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('emulation.notFound')}
        extra={
          <Link to="/emulation">
            <Button type="primary">{t('emulation.backToList')}</Button>
          </Link>
        }
        data-testid="emulation-not-found"
      />
    );
  }
  if (query.isLoading) return <FullPageSpinner />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  return <MovementView movement={query.data} />;
}

function MovementView({ movement }: { movement: MovementDetail }) {
  const { t } = useTranslation();
  const can = useEmulationPermissions();
  const levelName = useLevelName();
  const [tab, setTab] = useState('scoreboard');

  return (
    <div data-testid="emulation-detail">
      <PageHeader
        title={movement.name}
        extra={
          <Link to="/emulation">
            <Button icon={<ArrowLeftOutlined />}>{t('emulation.backToList')}</Button>
          </Link>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 3 }}>
            <Descriptions.Item label={t('emulation.year')}>{movement.year}</Descriptions.Item>
            <Descriptions.Item label={t('emulation.levels')}>
              <Space size={4} wrap>
                {movement.levels.map((l) => (
                  <Tag key={l}>{levelName(l)}</Tag>
                ))}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label={t('emulation.nominationCount')}>
              {t('emulation.nominationsOf', { count: movement.nominationCount, limit: movement.awardLimit })}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            destroyOnHidden
            items={[
              { key: 'scoreboard', label: t('emulation.tabs.scoreboard'), children: <ScoreboardPanel movement={movement} /> },
              { key: 'targets', label: t('emulation.tabs.targets'), children: <TargetsPanel movement={movement} /> },
              ...(can.readEntries ? [{ key: 'entries', label: t('emulation.tabs.entries'), children: <EntriesPanel movement={movement} /> }] : []),
              ...(can.readNominations
                ? [{ key: 'nominations', label: t('emulation.tabs.nominations'), children: <NominationsPanel movement={movement} /> }]
                : []),
            ]}
          />
        </Card>
      </Space>
    </div>
  );
}
