import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDate, formatDateTime } from '@/lib/format';
import { useReviewQueue } from '../hooks/use-review-queue';

/** "Báo cáo chờ xem xét": the coordinator's reports to review, newest first, with the unit and due date. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const query = useReviewQueue(true);
  const tasks = query.data?.tasks ?? [];
  const total = query.data?.total ?? 0;
  return (
    <Card
      title={total > 0 ? `${t('home.reviews.title')} (${total})` : t('home.reviews.title')}
      size="small"
      loading={query.isLoading}
      extra={<Link to="/unit-tasks">{total > tasks.length ? t('home.reviews.all', { count: total }) : t('home.reviews.open')}</Link>}
      data-testid="home-reviews"
    >
      {query.error ? <ErrorAlert error={query.error} /> : null}
      {!query.error && tasks.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.reviews.empty')} /> : null}
      <Flex vertical gap={10} role="list">
        {tasks.map((task) => (
          <div key={task.id} role="listitem" data-testid="home-review-row" style={{ minWidth: 0 }}>
            {task.link ? <Link to={task.link}>{task.title}</Link> : <span>{task.title}</span>}
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }} ellipsis>
              {[
                task.unitName,
                task.createdAt ? t('home.reviews.reportedAt', { at: formatDateTime(task.createdAt) }) : null,
                task.dueDate ? t('home.reviews.due', { date: formatDate(task.dueDate) }) : t('home.reviews.noDue'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    </Card>
  );
}
