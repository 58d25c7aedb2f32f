import { EditOutlined } from '@ant-design/icons';
import { Button, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/lib/format';
import type { PlanItem } from '../types';
import { isTaskItem } from '../utils/deadline';
import { DeadlineCell, UnitTags } from './plan-tags';
import { LeadCell, PlanWorkList } from './plan-work';

type Props = {
  items: readonly PlanItem[];
  /** rows of the file with errors (import preview): shown in red */
  errorRows?: ReadonlySet<number>;
  onEdit?: (item: PlanItem) => void;
  testId?: string;
};

export const itemKey = (item: PlanItem, index: number) => (item.id !== null ? `id-${item.id}` : item.row !== null ? `row-${item.row}` : `i-${index}`);

const rowClass = (item: PlanItem, errorRows?: ReadonlySet<number>) => {
  const classes: string[] = [];
  if (!isTaskItem(item)) classes.push('plan-group-row');
  if (item.row !== null && errorRows?.has(item.row)) classes.push('row-error');
  else if (isTaskItem(item) && item.deadline.needsAttention) classes.push('row-attention');
  return classes.join(' ');
};

/**
 * The rows of a plan as in the official appendix. Rows without a lead unit (fields, criteria
 * headings) are bold group rows; task rows show units, output, requirement and deadline. Once
 * the plan is active, a task row opens onto its tasks, one per lead unit and occurrence.
 */
export function PlanItemsTable({ items, errorRows, onEdit, testId }: Props) {
  const { t } = useTranslation();
  const rows = items.map((item, index) => ({ ...item, key: itemKey(item, index) }));
  const withWork = items.some((item) => (item.work ?? []).length > 0);
  const columns: ColumnsType<PlanItem & { key: string }> = [
    { title: t('plans.items.code'), dataIndex: 'code', width: 70, fixed: 'left', render: (v: string | null) => v ?? '' },
    {
      title: t('plans.items.criterion'),
      dataIndex: 'title',
      width: 300,
      fixed: 'left',
      render: (title: string, item) =>
        isTaskItem(item) ? (
          <div>
            <div>{title}</div>
            {item.tasks ? (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0', fontSize: 12, whiteSpace: 'pre-line' }} ellipsis={{ rows: 4, expandable: 'collapsible' }}>
                {item.tasks}
              </Typography.Paragraph>
            ) : null}
          </div>
        ) : (
          <strong>{title}</strong>
        ),
    },
    { title: t('plans.items.max'), dataIndex: 'max', width: 80, align: 'right', render: (v: number | null) => formatPoints(v) },
    { title: t('plans.items.achieved'), dataIndex: 'achieved', width: 80, align: 'right', render: (v: number | null) => formatPoints(v) },
    { title: t('plans.items.target'), dataIndex: 'target', width: 80, align: 'right', render: (v: number | null) => formatPoints(v) },
    { title: t('plans.items.lead'), dataIndex: 'leadUnit', width: 190, render: (_, item) => <LeadCell item={item} /> },
    {
      title: t('plans.items.supporting'),
      dataIndex: 'supportingUnits',
      width: 220,
      render: (names: string[], item) => <UnitTags names={names.filter(Boolean)} note={item.unitNote} />,
    },
    { title: t('plans.items.output'), dataIndex: 'expectedOutput', width: 200, render: (v: string | null) => v ?? '' },
    { title: t('plans.items.requirement'), dataIndex: 'requirement', width: 200, render: (v: string | null) => v ?? '' },
    {
      title: t('plans.items.deadline'),
      dataIndex: 'deadline',
      width: 190,
      render: (_, item) => (isTaskItem(item) || item.deadline.text ? <DeadlineCell deadline={item.deadline} /> : null),
    },
  ];
  if (onEdit) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      width: 70,
      fixed: 'right',
      render: (_, item) =>
        item.id !== null ? (
          <Tooltip title={t('common.edit')}>
            <Button
              type="link"
              size="small"
              icon={<EditOutlined />}
              aria-label={`${t('common.edit')} ${item.code ?? item.title}`}
              onClick={() => onEdit(item)}
              data-testid={`item-edit-${item.id}`}
            />
          </Tooltip>
        ) : null,
    });
  }
  return (
    <Table<PlanItem & { key: string }>
      size="small"
      bordered
      rowKey="key"
      dataSource={rows}
      columns={columns}
      pagination={false}
      scroll={{ x: 1600 }}
      sticky={{ offsetScroll: 0 }}
      rowClassName={(item) => rowClass(item, errorRows)}
      expandable={
        withWork
          ? { rowExpandable: (item) => (item.work ?? []).length > 0, expandedRowRender: (item) => <PlanWorkList work={item.work} /> }
          : undefined
      }
      data-testid={testId}
    />
  );
}
