import { Flex, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScoreboardRow } from '../types';
import { MET_COLORS } from '../utils/indicators';

/** "Số chỉ tiêu đạt theo đơn vị": a horizontal bar per unit, targets met over the targets that apply to it. */
export function MetChart({ rows }: { rows: readonly ScoreboardRow[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={6} data-testid="scoreboard-chart" role="list" aria-label={t('emulation.scoreboard.chartTitle')}>
      {rows.map((r) => {
        const tip = t('emulation.scoreboard.chartTip', { unit: r.unitName, met: r.met, applicable: r.applicable });
        return (
          <Flex key={r.unitId} align="center" gap={8} role="listitem">
            <Typography.Text ellipsis style={{ width: 200, flex: 'none' }} title={r.unitName}>
              {r.unitName}
            </Typography.Text>
            <div style={{ flex: 1, background: token.colorFillSecondary, borderRadius: 4, height: 14 }}>
              <Tooltip title={tip}>
                <div
                  data-bar={r.unitId}
                  style={{
                    width: `${r.applicable > 0 ? Math.min(100, (r.met / r.applicable) * 100) : 0}%`,
                    height: '100%',
                    borderRadius: 4,
                    background: MET_COLORS.true.color,
                  }}
                />
              </Tooltip>
            </div>
            <Typography.Text strong style={{ width: 48, textAlign: 'right', flex: 'none' }}>
              {r.met}/{r.applicable}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
