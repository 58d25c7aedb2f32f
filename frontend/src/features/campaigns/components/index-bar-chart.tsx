import { Flex, theme, Tooltip, Typography } from 'antd';
import { formatPoints } from '@/lib/format';
import type { UnitResult } from '../types';
import { rankedUnits } from '../utils/results';

const COLORS: Record<UnitResult['classification'], string> = {
  EXCELLENT: '#389e0d',
  GOOD: '#1677ff',
  FAIR: '#13c2c2',
  AVERAGE: '#fa8c16',
  WEAK: '#cf1322',
};

/** A horizontal bar per unit, the index on a 0–100 scale, coloured by classification. */
export function IndexBarChart({ units }: { units: readonly UnitResult[] }) {
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={6} data-testid="index-chart" role="list">
      {rankedUnits(units).map((u) => (
        <Flex key={u.unitId} align="center" gap={8} role="listitem">
          <Typography.Text ellipsis style={{ width: 180, flex: 'none' }} title={u.unitName}>
            {u.unitName}
          </Typography.Text>
          <div style={{ flex: 1, background: token.colorFillSecondary, borderRadius: 4, height: 16 }}>
            <Tooltip title={`${u.unitName}: ${formatPoints(u.index)}`}>
              <div
                style={{
                  width: `${Math.max(0, Math.min(100, u.index))}%`,
                  height: '100%',
                  borderRadius: 4,
                  background: COLORS[u.classification] ?? token.colorPrimary,
                }}
              />
            </Tooltip>
          </div>
          <Typography.Text strong style={{ width: 56, textAlign: 'right', flex: 'none' }}>
            {formatPoints(u.index)}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
