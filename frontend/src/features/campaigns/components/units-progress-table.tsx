import { Progress, Space, Table, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { UnitProgress } from '../types';
import { LateTag, StepTag } from './campaign-tags';

/** Each assessed unit: step, late, answered/total, dates and the link to its sheet (rows keyed by unit id). */
export function UnitsProgressTable({ campaignId, units }: { campaignId: number; units: UnitProgress[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Table<UnitProgress>
      rowKey="unitId"
      size="middle"
      dataSource={units}
      pagination={units.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('campaigns.units.empty') }}
      scroll={{ x: 1080 }}
      sticky={{ offsetScroll: 0 }}
      data-testid="campaign-units"
      columns={[
        { title: t('campaigns.units.unit'), dataIndex: 'unitName', width: 240, fixed: 'left' },
        {
          title: t('campaigns.units.step'),
          dataIndex: 'step',
          width: 220,
          render: (step: UnitProgress['step'], u) => (
            <Space size={4} wrap>
              <StepTag step={step} testId={`unit-step-${u.unitId}`} />
              {u.late ? <LateTag testId={`unit-late-${u.unitId}`} /> : null}
            </Space>
          ),
        },
        {
          title: t('campaigns.units.answered'),
          key: 'answered',
          width: 200,
          render: (_: unknown, u) => (
            <Progress
              aria-label={`${t('campaigns.units.answered')}: ${u.unitName}`}
              percent={u.total > 0 ? Math.round((u.answered / u.total) * 100) : 0}
              format={() => `${u.answered}/${u.total}`}
              size="small"
              // green bar when all are answered; the figure stays in the text colour (antd's success green
              // text is 2.3:1 on white), so never the success status
              status="normal"
              strokeColor={u.answered >= u.total && u.total > 0 ? token.colorSuccess : undefined}
            />
          ),
        },
        { title: t('campaigns.units.submittedAt'), dataIndex: 'submittedAt', width: 120, render: (v: string | null) => <span className="nowrap">{formatDate(v)}</span> },
        { title: t('campaigns.units.appraisedAt'), dataIndex: 'appraisedAt', width: 130, render: (v: string | null) => <span className="nowrap">{formatDate(v)}</span> },
        {
          title: '',
          key: 'open',
          width: 170,
          render: (_: unknown, u) => (
            <Space size="middle">
              <Link to={`/campaigns/${campaignId}/units/${u.unitId}`} data-testid={`open-unit-${u.unitId}`}>
                {t('campaigns.units.open')}
              </Link>
              <Link to={`/cases/campaigns/${campaignId}/units/${u.unitId}`} data-testid={`open-unit-case-${u.unitId}`}>
                {t('cases.openUnit')}
              </Link>
            </Space>
          ),
        },
      ]}
    />
  );
}
