import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import type { TaskView } from '../types';

/** The steps done (green) or cancelled (grey), oldest first, as a timeline. */
export function TaskHistory({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const done = task.history.map((step, i) => ({
    key: `h-${i}`,
    color: step.status === 'DONE' ? 'green' : 'gray',
    title: step.completedAt ? formatDateTime(step.completedAt) : formatDateTime(step.createdAt),
    content: (
      <div>
        <Typography.Text strong>{step.name}</Typography.Text>
        {step.unit ? <Typography.Text type="secondary"> · {step.unit}</Typography.Text> : null}
        <div style={{ fontSize: 12 }}>
          <Typography.Text type={step.status === 'DONE' ? 'success' : 'secondary'} data-testid="history-status">
            {t(step.status === 'DONE' && step.role ? `tasks.history.DONE_${step.role}` : `tasks.history.${step.status}`, { defaultValue: step.status })}
          </Typography.Text>
          <Typography.Text type="secondary"> · {t('tasks.history.created', { at: formatDateTime(step.createdAt) })}</Typography.Text>
        </div>
      </div>
    ),
  }));
  return (
    <Card size="small" title={t('tasks.history.title')} data-testid="task-history">
      {done.length === 0 ? (
        <Typography.Text type="secondary">{t('tasks.history.empty')}</Typography.Text>
      ) : (
        <Timeline items={done} />
      )}
    </Card>
  );
}
