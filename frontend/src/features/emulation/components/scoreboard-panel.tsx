import { TrophyOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Progress, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useEmulationPermissions } from '../hooks/use-emulation-permissions';
import { useLevelName } from '../hooks/use-level-name';
import { useScoreboard } from '../hooks/use-scoreboard';
import type { Indicator, MovementDetail, ScoreboardRow, Target } from '../types';
import { formatThreshold, formatValue, indicatorOf, MET_COLORS, metState } from '../utils/indicators';
import { IndicatorTasksDrawer, type OpenCell } from './indicator-tasks-drawer';
import { MetChart } from './met-chart';
import { NominateModal } from './nominate-modal';

/**
 * "Bảng xếp hạng": a row per head of unit by rank, a coloured cell per target (green met, red not met,
 * grey no figure yet); a computed cell opens the tasks behind it. Unit heads see only their own row and rank.
 */
export function ScoreboardPanel({ movement }: { movement: MovementDetail }) {
  const { t } = useTranslation();
  const can = useEmulationPermissions();
  const levelName = useLevelName();
  const query = useScoreboard(movement.id);
  const [cell, setCell] = useState<OpenCell>();
  const [nominating, setNominating] = useState<ScoreboardRow>();
  const words = { yes: t('emulation.yes'), no: t('emulation.no') };
  const board = query.data;
  const targetByCode = new Map(movement.targets.map((target) => [target.code, target]));

  const header = (target: Target | undefined, code: string, title: string) => (
    <Tooltip
      title={
        <div data-testid={`scoreboard-header-tip-${code}`}>
          <div style={{ fontWeight: 600 }}>{title}</div>
          {target ? (
            <>
              <div>{t('emulation.scoreboard.thresholds')}:</div>
              {movement.levels.map((level) => {
                const value = target.thresholds[level];
                return (
                  <div key={level}>
                    {levelName(level)}:{' '}
                    {value === undefined || value === null ? t('emulation.scoreboard.notApplicable') : formatThreshold(target.kind, target.comparator, value, words)}
                  </div>
                );
              })}
              <div style={{ marginTop: 4, fontStyle: 'italic' }}>
                {target.basis ?? (target.source === 'COMPUTED' ? t('emulation.scoreboard.computed') : t('emulation.scoreboard.entered'))}
              </div>
            </>
          ) : null}
        </div>
      }
    >
      <Typography.Text ellipsis style={{ width: 120, display: 'block', fontSize: 12 }}>
        {title}
      </Typography.Text>
    </Tooltip>
  );

  const cellText = (row: ScoreboardRow, target: Target | undefined, indicator: Indicator | undefined) => {
    if (target && target.thresholds[row.level] === undefined) return t('emulation.scoreboard.notApplicable');
    if (!indicator || indicator.value === null) return t('emulation.scoreboard.noData');
    return formatValue(target?.kind ?? 'PERCENT', indicator.value, words);
  };

  const targetColumns: ColumnsType<ScoreboardRow> = (board?.targets ?? []).map((st) => {
    const target = targetByCode.get(st.code);
    return {
      key: st.code,
      title: header(target, st.code, st.title),
      width: 130,
      align: 'center' as const,
      onCell: (row: ScoreboardRow) => {
        const indicator = indicatorOf(row.indicators, st.code);
        const state = metState(indicator?.met);
        const applies = !target || target.thresholds[row.level] !== undefined;
        const drillable = applies && st.source === 'COMPUTED';
        return {
          'data-testid': `scoreboard-cell-${row.unitId}-${st.code}`,
          'data-met': applies ? state : 'none',
          style: {
            background: MET_COLORS[applies ? state : 'none'].background,
            color: MET_COLORS[applies ? state : 'none'].color,
            cursor: drillable ? 'pointer' : undefined,
          },
          onClick: drillable ? () => setCell({ unitId: row.unitId, unitName: row.unitName, code: st.code, title: st.title, indicator }) : undefined,
          title: drillable ? t('emulation.scoreboard.openTasks') : undefined,
        } as React.TdHTMLAttributes<HTMLTableCellElement>;
      },
      render: (_: unknown, row: ScoreboardRow) => {
        const indicator = indicatorOf(row.indicators, st.code);
        const text = cellText(row, target, indicator);
        const missing = indicator?.value === null || indicator?.value === undefined;
        return missing ? <span style={{ fontSize: 12, fontStyle: 'italic' }}>{text}</span> : <strong>{text}</strong>;
      },
    };
  });

  const columns: ColumnsType<ScoreboardRow> = [
    { title: t('emulation.scoreboard.rank'), dataIndex: 'rank', width: 64, align: 'center', fixed: 'left', render: (r: number) => <strong>{r}</strong> },
    {
      title: t('emulation.scoreboard.unit'),
      dataIndex: 'unitName',
      width: 220,
      fixed: 'left',
      render: (name: string, row) => (
        <div>
          <div>{name}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {levelName(row.level)}
          </Typography.Text>
        </div>
      ),
    },
    { title: t('emulation.scoreboard.head'), dataIndex: 'headName', width: 170 },
    {
      title: t('emulation.scoreboard.met'),
      key: 'met',
      width: 150,
      render: (_: unknown, row) => (
        <div data-testid={`scoreboard-met-${row.unitId}`}>
          <div>{t('emulation.scoreboard.metOf', { met: row.met, applicable: row.applicable })}</div>
          <Progress
            aria-label={`${t('emulation.scoreboard.met')}: ${row.unitName}`}
            percent={row.applicable > 0 ? Math.round((row.met / row.applicable) * 100) : 0}
            showInfo={false}
            size="small"
            strokeColor={MET_COLORS.true.color}
          />
        </div>
      ),
    },
    ...targetColumns,
    ...(can.manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            fixed: 'right' as const,
            render: (_: unknown, row: ScoreboardRow) => (
              <Button
                size="small"
                icon={<TrophyOutlined />}
                disabled={row.nominated}
                onClick={() => setNominating(row)}
                data-testid={`nominate-${row.unitId}`}
              >
                {row.nominated ? t('emulation.scoreboard.nominated') : t('emulation.scoreboard.nominate')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      {query.error ? <ErrorAlert error={query.error} /> : null}
      {can.unitHead && board
        ? board.rows.map((row) => (
            <Alert
              key={row.unitId}
              type="info"
              showIcon
              data-testid="scoreboard-own-rank"
              title={`${t('emulation.scoreboard.ownRank', { rank: row.rank, count: board.unitCount })}${board.rows.length > 1 ? ` – ${row.unitName}` : ''}`}
            />
          ))
        : null}
      <Table<ScoreboardRow>
        rowKey="unitId"
        size="small"
        bordered
        loading={query.isLoading}
        dataSource={board?.rows ?? []}
        columns={columns}
        pagination={(board?.rows.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t('emulation.scoreboard.empty') }}
        scroll={{ x: 604 + 130 * targetColumns.length + (can.manage ? 130 : 0) }}
        sticky={{ offsetScroll: 0 }}
        data-testid="scoreboard-table"
        onRow={(row) => ({ 'data-testid': `scoreboard-row-${row.unitId}` }) as React.HTMLAttributes<HTMLElement>}
      />
      {board && board.rows.length > 0 ? (
        <div>
          <Typography.Title level={5}>{t('emulation.scoreboard.chartTitle')}</Typography.Title>
          <MetChart rows={board.rows} />
        </div>
      ) : null}
      <IndicatorTasksDrawer movementId={movement.id} cell={cell} target={cell ? targetByCode.get(cell.code) : undefined} onClose={() => setCell(undefined)} />
      {can.manage ? <NominateModal movement={movement} row={nominating} onClose={() => setNominating(undefined)} /> : null}
    </Flex>
  );
}
