import { Flex, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/lib/format';
import type { ScoreHistoryPoint, ScoreHistorySource } from '../types';
import { percentOf } from '../utils/dashboard';

/** Solid for results, hatched and lighter (with a dashed outline) for the projection. */
export const HISTORY_COLORS: Record<ScoreHistorySource, string> = {
  CAMPAIGN: '#1677ff',
  BASELINE: '#8c8c8c',
  PROJECTED: 'repeating-linear-gradient(45deg, #95de64 0 4px, #f6ffed 4px 8px)',
};

const SOURCES: ScoreHistorySource[] = ['CAMPAIGN', 'BASELINE', 'PROJECTED'];

/** The owner unit's index per year (0–100) as a column each, the plan year's projection hatched. */
export function ScoreHistoryChart({ history }: { history: readonly ScoreHistoryPoint[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  if (history.length === 0) return null;
  const shown = SOURCES.filter((s) => history.some((h) => h.source === s));
  return (
    <div data-testid="dash-score-history">
      <Flex align="flex-end" gap={8} style={{ height: 160 }} role="list" aria-label={t('dashboard.scores.history.title')}>
        {history.map((h) => {
          const projected = h.source === 'PROJECTED';
          const source = t(`dashboard.scores.history.legend.${h.source}`);
          const rank = h.rank !== null && h.of !== null ? ` · ${t('dashboard.scores.history.rank', { rank: h.rank, of: h.of })}` : '';
          return (
            <Flex
              key={`${h.year}-${h.source}`}
              vertical
              align="center"
              justify="flex-end"
              style={{ flex: 1, maxWidth: 96, height: '100%' }}
              role="listitem"
              data-source={h.source}
              data-year={h.year}
              title={t('dashboard.scores.history.tip', { year: h.year, index: formatPoints(h.index), source }) + rank}
            >
              <Typography.Text strong={!projected} type={projected ? 'secondary' : undefined} style={{ fontSize: 12 }} data-testid="dash-score-history-value">
                {formatPoints(h.index)}
              </Typography.Text>
              <div
                data-testid="dash-score-history-bar"
                style={{
                  width: '60%',
                  height: `${percentOf(h.index, 100)}%`,
                  minHeight: 2,
                  background: HISTORY_COLORS[h.source],
                  border: projected ? '1px dashed #389e0d' : undefined,
                  borderRadius: 3,
                }}
              />
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12, borderTop: `1px solid ${token.colorBorderSecondary}`, width: '100%', textAlign: 'center' }}
              >
                {h.year}
                {projected ? '*' : ''}
              </Typography.Text>
            </Flex>
          );
        })}
      </Flex>
      <Flex gap={16} wrap style={{ marginTop: 8 }} data-testid="dash-score-history-legend">
        {shown.map((s) => (
          <Flex key={s} align="center" gap={6}>
            <span
              style={{
                display: 'inline-block',
                width: 14,
                height: 12,
                background: HISTORY_COLORS[s],
                border: s === 'PROJECTED' ? '1px dashed #389e0d' : undefined,
              }}
            />
            <Typography.Text style={{ fontSize: 12 }}>
              {s === 'PROJECTED' ? '* ' : ''}
              {t(`dashboard.scores.history.legend.${s}`)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </div>
  );
}
