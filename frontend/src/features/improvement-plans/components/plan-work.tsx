import { Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import type { PlanItem, PlanWork } from '../types';
import { UnitTags } from './plan-tags';

const WORK_STATUS_COLORS: Record<PlanWork['status'], string> = {
  WAITING: 'default',
  OPEN: 'processing',
  SUBMITTED: 'blue',
  RETURNED: 'magenta',
  ACCEPTED: 'green',
  CANCELLED: 'default',
};

/**
 * The lead cell: the phrase as published ("UBND các xã") with the number of units it names, the
 * units when a person chose several, or the one unit.
 */
export function LeadCell({ item }: { item: Pick<PlanItem, 'leadUnit' | 'leadUnits' | 'leadText'> }) {
  const { t } = useTranslation();
  const units = item.leadUnits ?? [];
  if (units.length <= 1) return <>{item.leadText ?? item.leadUnit ?? ''}</>;
  if (!item.leadText) return <UnitTags names={units} />;
  return (
    <Space size={4} wrap>
      <span>{item.leadText}</span>
      <Tooltip title={units.join(', ')}>
        <Tag color="blue" data-testid="lead-count">
          {t('plans.items.leadCount', { count: units.length })}
        </Tag>
      </Tooltip>
    </Space>
  );
}

/** An item's tasks by lead unit once the plan is active; the item is done when all are accepted. */
export function PlanWorkList({ work }: { work: readonly PlanWork[] }) {
  const { t } = useTranslation();
  const accepted = work.filter((w) => w.status === 'ACCEPTED').length;
  return (
    <div data-testid="item-work">
      <Typography.Text type="secondary">{t('plans.items.workSummary', { accepted, total: work.length })}</Typography.Text>
      <Table<PlanWork>
        size="small"
        rowKey="taskId"
        pagination={false}
        dataSource={[...work]}
        style={{ marginTop: 4, maxWidth: 760 }}
        columns={[
          {
            title: t('plans.items.lead'),
            dataIndex: 'leadUnit',
            render: (unit: string, w) => <Link to={`/improvement-tasks/${w.taskId}`}>{unit}</Link>,
          },
          { title: t('plans.items.period'), dataIndex: 'label' },
          { title: t('tasks.dueOn'), dataIndex: 'dueOn', render: (v: string) => formatDate(v) },
          {
            title: t('plans.items.state'),
            dataIndex: 'status',
            render: (status: PlanWork['status'], w) => (
              <Space size={4}>
                <Tag color={WORK_STATUS_COLORS[status] ?? 'default'}>{t(`tasks.statuses.${status}`)}</Tag>
                {w.overdue && status !== 'ACCEPTED' && status !== 'CANCELLED' ? <Tag color="red">{t('tasks.overdue')}</Tag> : null}
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
