import { Col, Empty, Flex, Progress, Row, Space, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ClassificationTag } from '@/components/ui/classification-tag';
import { formatPoints } from '@/lib/format';
import type { Baseline } from '../types';

const percent = (achieved: number, max: number) => (max > 0 ? Math.max(0, Math.min(100, (achieved / max) * 100)) : 0);

/** The results the plan starts from: totals, index with a bar, classification, and a bar per field. */
export function BaselineSummary({ baseline }: { baseline: Baseline | null }) {
  const { t } = useTranslation();
  if (!baseline) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('plans.baseline.none')} />;
  return (
    <div data-testid="plan-baseline">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={12} md={6}>
          <Statistic
            title={t('plans.baseline.points')}
            value={`${formatPoints(baseline.totalAchieved)} / ${formatPoints(baseline.totalMax)}`}
            data-testid="baseline-points"
          />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title={t('plans.baseline.index')} value={formatPoints(baseline.index)} data-testid="baseline-index" />
        </Col>
        <Col xs={24} md={8}>
          <Progress aria-label={t('plans.baseline.index')} percent={Math.min(100, Math.max(0, baseline.index))} format={() => formatPoints(baseline.index)} strokeColor="#c8102e" status="normal" />
        </Col>
        <Col xs={24} md={4}>
          <Space orientation="vertical" size={0}>
            <Typography.Text type="secondary">{t('plans.baseline.classification')}</Typography.Text>
            <ClassificationTag value={baseline.classification} />
          </Space>
        </Col>
      </Row>
      {baseline.fields.length > 0 ? (
        <div style={{ marginTop: 16 }}>
          <Typography.Text strong>{t('plans.baseline.perField')}</Typography.Text>
          <Flex vertical gap={6} role="list" aria-label={t('plans.baseline.perField')} style={{ marginTop: 8 }}>
            {baseline.fields.map((field) => {
              const value = percent(field.achieved, field.max);
              return (
                <Flex key={field.code} align="center" gap={8} role="listitem" data-testid={`baseline-field-${field.code}`}>
                  <Typography.Text style={{ width: 260, flexShrink: 0 }} ellipsis={{ tooltip: `${field.code}. ${field.title}` }}>
                    {field.code}. {field.title}
                  </Typography.Text>
                  <div style={{ flex: 1, background: '#f5f5f5', borderRadius: 4, height: 16 }} title={`${formatPoints(value)}%`}>
                    <div
                      style={{
                        width: `${value}%`,
                        minWidth: field.achieved > 0 ? 4 : 0,
                        height: '100%',
                        background: value >= 80 ? '#52c41a' : value >= 65 ? '#faad14' : '#c8102e',
                        borderRadius: 4,
                      }}
                    />
                  </div>
                  <Typography.Text style={{ width: 90, textAlign: 'right', flexShrink: 0 }}>
                    {formatPoints(field.achieved)}/{formatPoints(field.max)}
                  </Typography.Text>
                </Flex>
              );
            })}
          </Flex>
        </div>
      ) : null}
    </div>
  );
}
