import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import type { Level } from '@/lib/public-config';
import { countByLevel } from '@/lib/unit-tree';
import type { Unit } from '@/lib/units';

/** Units per level, counted from GET /api/units, as statistic cards and a small bar chart. */
export function UnitStats({ units, levels, loading, userCount }: { units: Unit[]; levels: Level[]; loading: boolean; userCount?: number }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const counts = countByLevel(units);
  const known = levels.map((l) => ({ code: l.code, name: language === 'en' ? l.nameEn : l.nameVi, count: counts.get(l.code) ?? 0 }));
  // levels the backend used that the config does not list
  for (const [code, count] of counts) if (!levels.some((l) => l.code === code)) known.push({ code, name: code, count });
  const max = Math.max(1, ...known.map((k) => k.count));

  return (
    <Row gutter={[16, 16]} data-testid="unit-stats">
      <Col xs={24} sm={12} lg={6}>
        <Card loading={loading}>
          <Statistic title={t('home.totalUnits')} value={formatNumber(units.length)} data-testid="stat-total-units" />
        </Card>
      </Col>
      {userCount !== undefined ? (
        <Col xs={24} sm={12} lg={6}>
          <Card>
            <Statistic title={t('home.totalUsers')} value={formatNumber(userCount)} data-testid="stat-total-users" />
          </Card>
        </Col>
      ) : null}
      <Col xs={24} lg={userCount !== undefined ? 12 : 18}>
        <Card title={t('home.unitsPerLevel')} size="small" loading={loading}>
          {units.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('units.empty')} />
          ) : (
            <Flex vertical gap={8} role="list" aria-label={t('home.unitsPerLevel')}>
              {known.map((k) => (
                <Flex key={k.code} align="center" gap={8} role="listitem" data-testid={`level-bar-${k.code}`}>
                  <Typography.Text style={{ width: 150, flexShrink: 0 }} ellipsis={{ tooltip: k.name }}>
                    {k.name}
                  </Typography.Text>
                  <div style={{ flex: 1, background: '#f5f5f5', borderRadius: 4, height: 18 }}>
                    <div
                      style={{
                        width: `${(k.count / max) * 100}%`,
                        minWidth: k.count > 0 ? 4 : 0,
                        height: '100%',
                        background: '#c8102e',
                        borderRadius: 4,
                      }}
                    />
                  </div>
                  <Typography.Text strong style={{ width: 48, textAlign: 'right' }}>
                    {formatNumber(k.count)}
                  </Typography.Text>
                </Flex>
              ))}
            </Flex>
          )}
        </Card>
      </Col>
    </Row>
  );
}
