import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/format';
import type { DashboardUnit } from '../types';
import { byNumber, counterColumns } from './counter-columns';

/** The units, best on-time rank first; every column sorts; a click opens the unit's open work. */
export function UnitsTable({ units, loading, onOpen }: { units: DashboardUnit[]; loading: boolean; onOpen: (unitId: number) => void }) {
  const { t } = useTranslation();
  return (
    <Table<DashboardUnit>
      rowKey="unitId"
      size="small"
      loading={loading}
      dataSource={units}
      pagination={units.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
      scroll={{ x: 1000 }}
      sticky={{ offsetScroll: 0 }}
      locale={{ emptyText: t('dashboard.units.empty') }}
      data-testid="dash-units"
      onRow={(u) =>
        ({ 'data-testid': 'dash-unit-row', style: { cursor: 'pointer' }, title: t('dashboard.units.drill'), onClick: () => onOpen(u.unitId) }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        { title: t('dashboard.units.rank'), dataIndex: 'rank', width: 70, fixed: 'left', defaultSortOrder: 'ascend', sorter: byNumber<DashboardUnit>((u) => u.rank) },
        {
          title: t('dashboard.units.unit'),
          dataIndex: 'unitName',
          width: 240,
          fixed: 'left',
          sorter: (a, b) => a.unitName.localeCompare(b.unitName, 'vi'),
        },
        ...counterColumns<DashboardUnit>(t, 'dash-unit-overdue'),
        {
          title: t('dashboard.units.onTimeRate'),
          dataIndex: 'onTimeRate',
          width: 110,
          align: 'right',
          sorter: byNumber<DashboardUnit>((u) => u.onTimeRate),
          render: (v: number | null) => (v === null ? <Typography.Text type="secondary">{t('dashboard.noRate')}</Typography.Text> : `${formatNumber(v, 1)}%`),
        },
        {
          title: t('dashboard.units.nextDue'),
          dataIndex: 'nextDueDate',
          width: 120,
          sorter: (a, b) => String(a.nextDueDate ?? '9999').localeCompare(String(b.nextDueDate ?? '9999')),
          render: (v: string | null) => (v ? <span className="nowrap">{formatDate(v)}</span> : ''),
        },
      ]}
    />
  );
}
