import { FileAddOutlined } from '@ant-design/icons';
import { Button, Empty, Flex, Select, Table, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatPoints } from '@/lib/format';
import { useGeneratePlan, useLosses } from '../hooks/use-results';
import type { Campaign, Loss } from '../types';

/** Choose a unit: every item below its max with the points lost (red) and why; a draft plan from them. */
export function LossesPanel({ campaign, canGenerate }: { campaign: Campaign; canGenerate: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const [unitId, setUnitId] = useState<number | undefined>(campaign.units.length === 1 ? campaign.units[0].unitId : undefined);
  const losses = useLosses(campaign.id, unitId);
  const generate = useGeneratePlan(campaign.id);
  const published = campaign.status === 'PUBLISHED';
  const rows = losses.data ?? [];
  const totalLost = rows.reduce((sum, l) => sum + l.lost, 0);

  const onGenerate = () =>
    unitId !== undefined &&
    generate.mutate(unitId, {
      onSuccess: (plan) => {
        void message.success(t('campaigns.losses.generated'));
        // a saved plan always has its id (PlanView's id is null only in an import preview)
        if (plan.id !== null) void navigate(`/improvement-plans/${plan.id}`);
      },
      onError: (error) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6),
    });

  return (
    <div data-testid="losses-panel">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Select<number>
          style={{ minWidth: 280 }}
          placeholder={t('campaigns.losses.selectUnit')}
          value={unitId}
          onChange={setUnitId}
          showSearch={{ optionFilterProp: 'label' }}
          options={campaign.units.map((u) => ({ value: u.unitId, label: u.unitName }))}
          data-testid="losses-unit"
        />
        {unitId !== undefined && rows.length > 0 ? (
          <Typography.Text type="danger" strong data-testid="losses-total">
            {t('campaigns.losses.total', { points: formatPoints(totalLost) })}
          </Typography.Text>
        ) : null}
        {canGenerate && unitId !== undefined ? (
          <Tooltip title={published ? undefined : t('campaigns.losses.generateHint')}>
            <Button icon={<FileAddOutlined />} disabled={!published} loading={generate.isPending} onClick={onGenerate} data-testid="losses-generate">
              {t('campaigns.losses.generate')}
            </Button>
          </Tooltip>
        ) : null}
      </Flex>
      {unitId === undefined ? (
        <Empty description={t('campaigns.losses.pick')} />
      ) : losses.error ? (
        <ErrorAlert error={losses.error} />
      ) : (
        <Table<Loss>
          rowKey="code"
          size="small"
          loading={losses.isLoading}
          dataSource={rows}
          pagination={false}
          locale={{ emptyText: t('campaigns.losses.none') }}
          data-testid="losses-table"
          columns={[
            { title: t('campaigns.losses.code'), dataIndex: 'code', width: 80 },
            { title: t('campaigns.losses.item'), dataIndex: 'title' },
            { title: t('campaigns.losses.max'), dataIndex: 'max', width: 80, align: 'right', render: (v: number) => formatPoints(v) },
            // the rounds side by side: the unit's own points, round 1, round 2 (empty before a round is closed)
            ...(['self', 'round1', 'round2'] as const).map((round) => ({
              title: t(`campaigns.losses.${round}`),
              dataIndex: round,
              width: 80,
              align: 'right' as const,
              render: (v: number | null) => formatPoints(v),
            })),
            { title: t('campaigns.losses.achieved'), dataIndex: 'achieved', width: 80, align: 'right', render: (v: number) => formatPoints(v) },
            {
              title: t('campaigns.losses.lost'),
              dataIndex: 'lost',
              width: 80,
              align: 'right',
              render: (v: number) => (
                <Typography.Text type="danger" strong>
                  −{formatPoints(v)}
                </Typography.Text>
              ),
            },
            { title: t('campaigns.losses.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '' },
          ]}
        />
      )}
    </div>
  );
}
