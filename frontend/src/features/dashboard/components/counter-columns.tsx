import { Typography } from 'antd';
import type { ColumnType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { TaskCounters } from '../types';

/** Sorts by a number, nulls first. */
export const byNumber =
  <T,>(pick: (row: T) => number | null) =>
  (a: T, b: T) =>
    (pick(a) ?? -1) - (pick(b) ?? -1);

/** The counter columns the units and fields tables share: open, due soon (orange), overdue (red), done on time, late. */
export function counterColumns<T extends TaskCounters>(t: TFunction, overdueTestId: string): ColumnType<T>[] {
  return [
    { title: t('dashboard.counters.open'), dataIndex: 'open', width: 90, align: 'right', sorter: byNumber<T>((r) => r.open) },
    {
      title: t('dashboard.counters.dueSoon'),
      dataIndex: 'dueSoon',
      width: 100,
      align: 'right',
      sorter: byNumber<T>((r) => r.dueSoon),
      render: (v: number) => (v > 0 ? <Typography.Text type="warning">{v}</Typography.Text> : v),
    },
    {
      title: t('dashboard.counters.overdue'),
      dataIndex: 'overdue',
      width: 90,
      align: 'right',
      sorter: byNumber<T>((r) => r.overdue),
      render: (v: number) =>
        v > 0 ? (
          <Typography.Text type="danger" strong data-testid={overdueTestId}>
            {v}
          </Typography.Text>
        ) : (
          v
        ),
    },
    { title: t('dashboard.units.doneOnTime'), dataIndex: 'doneOnTime', width: 100, align: 'right', sorter: byNumber<T>((r) => r.doneOnTime) },
    { title: t('dashboard.units.doneLate'), dataIndex: 'doneLate', width: 90, align: 'right', sorter: byNumber<T>((r) => r.doneLate) },
  ];
}
