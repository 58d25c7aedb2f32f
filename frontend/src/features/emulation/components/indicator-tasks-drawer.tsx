import { Drawer, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDate, formatNumber } from '@/lib/format';
import { useIndicatorTasks } from '../hooks/use-scoreboard';
import type { Indicator, IndicatorTask, Target } from '../types';
import { formatValue } from '../utils/indicators';

export type OpenCell = { unitId: number; unitName: string; code: string; title: string; indicator: Indicator | undefined };

export function OnTimeTag({ onTime }: { onTime: boolean | null }) {
  const { t } = useTranslation();
  if (onTime === true) return <Tag color="green">{t('emulation.tasks.onTime')}</Tag>;
  if (onTime === false) return <Tag color="red">{t('emulation.tasks.late')}</Tag>;
  return <Tag>{t('emulation.tasks.pending')}</Tag>;
}

/** The tasks behind a computed figure of a unit (plan, task, due date, reported date, on time). */
export function IndicatorTasksDrawer({
  movementId,
  cell,
  target,
  onClose,
}: {
  movementId: number;
  cell: OpenCell | undefined;
  target: Target | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const query = useIndicatorTasks(movementId, cell ? { unitId: cell.unitId, code: cell.code } : undefined);
  const indicator = cell?.indicator;
  return (
    <Drawer
      open={cell !== undefined}
      onClose={onClose}
      size="large"
      title={cell ? t('emulation.tasks.title', { target: cell.title, unit: cell.unitName }) : undefined}
      destroyOnHidden
    >
      <div data-testid="indicator-tasks-drawer">
        {indicator && indicator.value !== null ? (
          <Typography.Paragraph data-testid="indicator-figure">
            {t('emulation.tasks.figure', {
              value: formatValue(target?.kind ?? 'PERCENT', indicator.value, { yes: t('emulation.yes'), no: t('emulation.no') }),
              numerator: formatNumber(indicator.numerator),
              denominator: formatNumber(indicator.denominator),
            })}
          </Typography.Paragraph>
        ) : null}
        {target?.basis ? <Typography.Paragraph type="secondary">{target.basis}</Typography.Paragraph> : null}
        {query.error ? <ErrorAlert error={query.error} style={{ marginBottom: 12 }} /> : null}
        <Table<IndicatorTask>
          rowKey="taskId"
          size="small"
          loading={query.isLoading}
          dataSource={query.data ?? []}
          pagination={(query.data?.length ?? 0) > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: t('emulation.tasks.empty') }}
          data-testid="indicator-tasks-table"
          onRow={() => ({ 'data-testid': 'indicator-task-row' }) as React.HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('emulation.tasks.plan'), dataIndex: 'planName', width: 180 },
            {
              title: t('emulation.tasks.task'),
              dataIndex: 'label',
              render: (label: string, task) => (
                <Link to={`/improvement-tasks/${task.taskId}`}>{task.itemCode ? `${task.itemCode}. ${label}` : label}</Link>
              ),
            },
            { title: t('emulation.tasks.dueOn'), dataIndex: 'dueOn', width: 100, render: (d: string | null) => formatDate(d) },
            { title: t('emulation.tasks.submittedOn'), dataIndex: 'submittedOn', width: 110, render: (d: string | null) => formatDate(d) },
            { title: '', dataIndex: 'onTime', width: 100, render: (v: boolean | null) => <OnTimeTag onTime={v} /> },
          ]}
        />
      </div>
    </Drawer>
  );
}
