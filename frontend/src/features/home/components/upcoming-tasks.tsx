import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDate } from '@/lib/format';
import { useUpcomingTasks } from '../hooks/use-upcoming-tasks';
import type { UpcomingTask } from '../types';

const STATUS_COLORS: Record<UpcomingTask['status'], string> = { OVERDUE: 'red', DUE_SOON: 'orange', RETURNED: 'magenta', OPEN: 'default' };

/** "Việc sắp đến hạn": the first five entries of the inbox, with a link to all of it. */
export function UpcomingTasks() {
  const { t } = useTranslation();
  const query = useUpcomingTasks(true);
  const tasks = query.data?.tasks ?? [];
  const total = query.data?.total ?? 0;
  return (
    <Card
      title={t('home.upcoming.title')}
      size="small"
      loading={query.isLoading}
      extra={<Link to="/unit-tasks">{total > tasks.length ? t('home.upcoming.all', { count: total }) : t('home.upcoming.open')}</Link>}
      data-testid="home-upcoming"
    >
      {query.error ? <ErrorAlert error={query.error} /> : null}
      {!query.error && tasks.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.upcoming.empty')} /> : null}
      <Flex vertical gap={10} role="list">
        {tasks.map((task) => (
          <Flex key={task.id} gap={8} align="baseline" role="listitem" data-testid="home-upcoming-row">
            <Typography.Text type={task.status === 'OVERDUE' ? 'danger' : 'secondary'} style={{ width: 84, flexShrink: 0 }}>
              {task.dueDate ? formatDate(task.dueDate) : '—'}
            </Typography.Text>
            <div style={{ flex: 1, minWidth: 0 }}>
              {task.link ? <Link to={task.link}>{task.title}</Link> : <span>{task.title}</span>}
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
                {task.stepName}
                {task.unitName ? ` · ${task.unitName}` : ''}
              </Typography.Text>
            </div>
            {task.status !== 'OPEN' ? <Tag color={STATUS_COLORS[task.status]}>{t(`inbox.statuses.${task.status}`)}</Tag> : null}
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
