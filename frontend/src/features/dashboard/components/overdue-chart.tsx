import { Flex, theme, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DashboardUnit } from '../types';
import { overdueByUnit, percentOf } from '../utils/dashboard';

/** "Quá hạn theo đơn vị": a red horizontal bar per unit with overdue tasks, longest first. */
export function OverdueChart({ units }: { units: readonly DashboardUnit[] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const rows = overdueByUnit(units);
  const most = rows[0]?.overdue ?? 0;
  return (
    <Flex vertical gap={6} data-testid="dash-chart-overdue" role="list" aria-label={t('dashboard.chart.overdueTitle')}>
      {rows.map((u) => {
        return (
          <Flex key={u.unitId} align="center" gap={8} role="listitem">
            <Typography.Text ellipsis style={{ width: 140, flex: 'none' }} title={u.unitName}>
              {u.unitName}
            </Typography.Text>
            <div style={{ flex: 1, background: token.colorFillSecondary, borderRadius: 4, height: 14 }}>
              <Tooltip title={t('dashboard.chart.overdueTip', { unit: u.unitName, count: u.overdue })}>
                <div style={{ width: `${percentOf(u.overdue, most)}%`, height: '100%', borderRadius: 4, background: '#cf1322' }} />
              </Tooltip>
            </div>
            <Typography.Text strong type="danger" style={{ width: 32, textAlign: 'right', flex: 'none' }}>
              {u.overdue}
            </Typography.Text>
          </Flex>
        );
      })}
    </Flex>
  );
}
