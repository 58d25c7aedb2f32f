import { Empty, Flex, Space, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate } from '@/lib/format';
import type { Timeline } from '../types';
import { POINT_COLORS, type PointState, timelineRows, yearFraction } from '../utils/timeline';

const WIDTH = 1000;
const LABEL = 240;
const ROW = 30;
const AXIS = 24;
const x = (at: number) => LABEL + 10 + at * (WIDTH - LABEL - 20);

/**
 * The year's milestones and deadlines over its months (Gantt-like): a row per campaign (its
 * three milestones, diamonds) and per plan (its tasks' due dates, dots), a red line for today.
 */
export function TimelineChart({ timeline }: { timeline: Timeline }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const rows = timelineRows(timeline);
  if (rows.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.timeline.none')} data-testid="dash-timeline" />;
  }
  const height = AXIS + rows.length * ROW + 8;
  const todayInYear = timeline.today.startsWith(String(timeline.year));
  const states: PointState[] = ['done', 'dueSoon', 'overdue', 'open'];
  return (
    <div data-testid="dash-timeline">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-label={t('dashboard.timeline.title')} style={{ display: 'block' }}>
        {Array.from({ length: 12 }, (_, m) => {
          const left = x(yearFraction(`${timeline.year}-${String(m + 1).padStart(2, '0')}-01`, timeline.year));
          return (
            <g key={m}>
              <line x1={left} x2={left} y1={AXIS - 6} y2={height} stroke={token.colorBorderSecondary} />
              <text x={left + 4} y={14} fontSize={12} fill={token.colorTextSecondary}>
                {t('dashboard.timeline.month', { month: m + 1 })}
              </text>
            </g>
          );
        })}
        {rows.map((row, i) => {
          const y = AXIS + i * ROW + ROW / 2;
          return (
            <g key={row.key} data-testid="dash-timeline-row">
              {i % 2 === 0 ? <rect x={0} y={y - ROW / 2} width={WIDTH} height={ROW} fill={token.colorFillQuaternary} /> : null}
              <g style={{ cursor: 'pointer' }} onClick={() => navigate(row.link)}>
                <title>{row.label}</title>
                <text x={4} y={y + 4} fontSize={13} fill={token.colorLink}>
                  {row.label.length > 34 ? `${row.label.slice(0, 33)}…` : row.label}
                </text>
              </g>
              {row.points.map((p) => {
                const cx = x(p.at);
                const tip = `${formatDate(p.date)} · ${p.label}: ${t('dashboard.timeline.tip', { open: p.open, done: p.done, overdue: p.overdue })}`;
                return p.kind === 'CAMPAIGN_MILESTONE' ? (
                  <rect
                    key={`${p.label}-${p.date}`}
                    x={cx - 6}
                    y={y - 6}
                    width={12}
                    height={12}
                    transform={`rotate(45 ${cx} ${y})`}
                    fill={POINT_COLORS[p.state]}
                    data-state={p.state}
                  >
                    <title>{tip}</title>
                  </rect>
                ) : (
                  <circle key={p.date} cx={cx} cy={y} r={Math.min(10, 5 + p.open + p.done)} fill={POINT_COLORS[p.state]} fillOpacity={0.85} data-state={p.state}>
                    <title>{tip}</title>
                  </circle>
                );
              })}
            </g>
          );
        })}
        {todayInYear ? (
          <g data-testid="dash-timeline-today">
            <line x1={x(yearFraction(timeline.today, timeline.year))} x2={x(yearFraction(timeline.today, timeline.year))} y1={AXIS - 6} y2={height} stroke="#cf1322" strokeDasharray="4 3" strokeWidth={2} />
          </g>
        ) : null}
      </svg>
      <Flex justify="space-between" wrap gap={8} style={{ marginTop: 8 }}>
        <Space wrap size="middle">
          {states.map((s) => (
            <Space key={s} size={4}>
              <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: POINT_COLORS[s] }} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t(`dashboard.timeline.states.${s}`)}
              </Typography.Text>
            </Space>
          ))}
        </Space>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('dashboard.timeline.hint')}
        </Typography.Text>
      </Flex>
    </div>
  );
}

/** "Hoàn thành theo tháng": the tasks accepted in each month of the year. */
export function DoneByMonthChart({ doneByMonth }: { doneByMonth: readonly number[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const most = Math.max(0, ...doneByMonth);
  if (most === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.chart.noneDone')} data-testid="dash-chart-done" />;
  return (
    <Flex align="flex-end" gap={6} style={{ height: 150 }} data-testid="dash-chart-done" role="list" aria-label={t('dashboard.chart.doneTitle')}>
      {Array.from({ length: 12 }, (_, m) => {
        const n = doneByMonth[m] ?? 0;
        return (
          <Flex key={m} vertical align="center" justify="flex-end" style={{ flex: 1, height: '100%' }} role="listitem" title={t('dashboard.chart.doneTip', { month: m + 1, count: n })}>
            <Typography.Text style={{ fontSize: 11 }}>{n > 0 ? n : ''}</Typography.Text>
            <div style={{ width: '70%', height: `${(n / most) * 100}%`, minHeight: n > 0 ? 2 : 0, background: '#389e0d', borderRadius: 3 }} />
            <Typography.Text type="secondary" style={{ fontSize: 11, borderTop: `1px solid ${token.colorBorderSecondary}`, width: '100%', textAlign: 'center' }}>
              {m + 1}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
