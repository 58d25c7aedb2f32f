import { Card, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPoints } from '@/lib/format';
import type { TaskCriterion } from '../types';

const pct = (value: number | null, max: number | null) => (value !== null && max ? Math.max(0, Math.min(100, (value / max) * 100)) : 0);

/** Achieved (green) and target (blue) as parts of the max points. */
export function PointsBar({ criterion }: { criterion: Pick<TaskCriterion, 'max' | 'achieved' | 'target'> }) {
  const { t } = useTranslation();
  const { max, achieved, target } = criterion;
  if (max === null) return null;
  const text = t('tasks.criterion.points', { achieved: formatPoints(achieved ?? 0), target: target !== null ? formatPoints(target) : '—', max: formatPoints(max) });
  return (
    <div style={{ maxWidth: 420 }} data-testid="criterion-points">
      <Progress
        aria-label={text}
        percent={pct(target ?? achieved, max)}
        success={{ percent: pct(achieved, max), strokeColor: '#52c41a' }}
        strokeColor="#91caff"
        showInfo={false}
        size="small"
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {text}
      </Typography.Text>
    </div>
  );
}

/** What the plan asks for this criterion. */
export function TaskCriterionCard({ criterion }: { criterion: TaskCriterion }) {
  const { t } = useTranslation();
  const text = (value: string | null) => (value ? <span style={{ whiteSpace: 'pre-line' }}>{value}</span> : <Typography.Text type="secondary">—</Typography.Text>);
  return (
    <Card
      size="small"
      title={
        <span>
          {criterion.code ? `${t('tasks.criterion.title')} ${criterion.code} – ` : ''}
          {criterion.title}
        </span>
      }
      data-testid="task-criterion"
    >
      <PointsBar criterion={criterion} />
      <Descriptions size="small" column={1} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t('tasks.criterion.tasks')}>{text(criterion.tasks)}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.criterion.expectedOutput')}>{text(criterion.expectedOutput)}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.criterion.requirement')}>{text(criterion.requirement)}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.criterion.deadline')}>{text(criterion.deadlineText)}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.criterion.supporting')}>
          {criterion.supportingUnits.length > 0 ? (
            <Space size={[0, 4]} wrap>
              {criterion.supportingUnits.filter(Boolean).map((name, i) => (
                <Tag key={`${name}-${i}`}>{name}</Tag>
              ))}
            </Space>
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
