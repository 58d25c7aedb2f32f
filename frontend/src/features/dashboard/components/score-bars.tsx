import { Flex, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/lib/format';
import type { ScoreBar } from '../utils/dashboard';

export const SCORE_COLORS = {
  achieved: '#8c8c8c',
  secured: '#389e0d',
  projected: '#95de64',
  atRisk: 'repeating-linear-gradient(45deg, #ffccc7 0 4px, #fff1f0 4px 8px)',
  target: '#1f1f1f',
} as const;

/** Per field a stacked bar over its max: achieved, secured, projected, the gain at risk, and a target marker. */
export function ScoreBars({ bars }: { bars: readonly ScoreBar[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const legend: [keyof typeof SCORE_COLORS, string][] = [
    ['achieved', t('dashboard.scores.legend.achieved')],
    ['secured', t('dashboard.scores.legend.secured')],
    ['projected', t('dashboard.scores.legend.projected')],
    ['atRisk', t('dashboard.scores.legend.atRisk')],
    ['target', t('dashboard.scores.legend.target')],
  ];
  return (
    <div data-testid="dash-scores">
      <Flex gap={16} wrap style={{ marginBottom: 12 }}>
        {legend.map(([key, label]) => (
          <Flex key={key} align="center" gap={6}>
            <span
              style={{
                display: 'inline-block',
                width: key === 'target' ? 3 : 14,
                height: 12,
                background: SCORE_COLORS[key],
                border: key === 'atRisk' ? '1px solid #ffa39e' : undefined,
              }}
            />
            <Typography.Text style={{ fontSize: 12 }}>{label}</Typography.Text>
          </Flex>
        ))}
      </Flex>
      <Flex vertical gap={10} role="list">
        {bars.map((b) => {
          const tip = t('dashboard.scores.tip', {
            achieved: formatPoints(b.achieved),
            secured: formatPoints(b.secured),
            projected: formatPoints(b.projected),
            target: formatPoints(b.target),
            max: formatPoints(b.max),
          });
          return (
            <Flex key={b.code} align="center" gap={8} role="listitem" data-testid="dash-score-row" data-code={b.code}>
              <Typography.Text ellipsis style={{ width: 240, flex: 'none' }} title={`${b.code}. ${b.title}`}>
                <Typography.Text strong>{b.code}.</Typography.Text> {b.title}
              </Typography.Text>
              <Tooltip title={tip}>
                <div
                  style={{ flex: 1, position: 'relative', height: 18, background: token.colorFillSecondary, borderRadius: 4, display: 'flex', overflow: 'hidden' }}
                  role="img"
                  aria-label={tip}
                >
                  <div data-segment="achieved" style={{ width: `${b.segments.achieved}%`, background: SCORE_COLORS.achieved }} />
                  <div data-segment="secured" style={{ width: `${b.segments.secured}%`, background: SCORE_COLORS.secured }} />
                  <div data-segment="projected" style={{ width: `${b.segments.projected}%`, background: SCORE_COLORS.projected }} />
                  <div data-segment="atRisk" style={{ width: `${b.segments.atRisk}%`, background: SCORE_COLORS.atRisk }} />
                  <div
                    data-segment="target"
                    style={{ position: 'absolute', left: `calc(${b.targetAt}% - 1.5px)`, top: 0, bottom: 0, width: 3, background: SCORE_COLORS.target }}
                  />
                </div>
              </Tooltip>
              <Typography.Text style={{ width: 150, textAlign: 'right', flex: 'none', fontSize: 12 }}>
                {t('dashboard.scores.rowTotals', { projected: formatPoints(b.projected), target: formatPoints(b.target), max: formatPoints(b.max) })}
              </Typography.Text>
            </Flex>
          );
        })}
      </Flex>
    </div>
  );
}
