import { ApartmentOutlined, ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Flex, Result, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-client';
import { formatDate, formatDateTime } from '@/lib/format';
import { useImprovementTask } from '../hooks/use-improvement-task';
import type { TaskView } from '../types';
import { TaskStatusTag } from './inbox-tags';
import { TaskActionPanel } from './task-action-panel';
import { TaskComments } from './task-comments';
import { TaskCriterionCard } from './task-criterion-card';
import { TaskEvidence } from './task-evidence';
import { TaskHistory } from './task-history';

/** The task's name: "TC 1.1 – Ban hành kế hoạch CCHC" (its criterion), never its period or due date. */
export function taskName(task: Pick<TaskView, 'criterion' | 'label'>): string {
  const { code, title } = task.criterion;
  if (!title) return task.label;
  return code ? `TC ${code} – ${title}` : title;
}

/** Route parameter → task id: "12" → 12; anything else → undefined. */
export function parseTaskId(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function TaskDetailPage() {
  const { t } = useTranslation();
  const id = parseTaskId(useParams().id);
  const query = useImprovementTask(id);
  if (id === undefined || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('tasks.notFound')}
        extra={
          <Link to="/unit-tasks">
            <Button type="primary">{t('tasks.backToInbox')}</Button>
          </Link>
        }
        data-testid="task-not-found"
      />
    );
  }
  if (isApiError(query.error) && query.error.status === 403) {
    return <Result status="403" title="403" subTitle={query.error.detail ?? t('errors.forbidden')} data-testid="task-forbidden" />;
  }
  if (query.isLoading) return <FullPageSpinner />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  return <TaskDetail task={query.data} />;
}

/** The lead unit's report, the coordinator's review and the supporting units' contributions. */
function ReportCard({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('tasks.report.title')} data-testid="task-report">
      {task.report ? (
        <>
          <div style={{ whiteSpace: 'pre-line' }} data-testid="task-report-text">
            {task.report}
          </div>
          {task.submittedAt ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('tasks.report.submitted', { by: task.submittedBy ?? '', at: formatDateTime(task.submittedAt) })}
            </Typography.Text>
          ) : null}
        </>
      ) : (
        <Typography.Text type="secondary">{t('tasks.report.none')}</Typography.Text>
      )}
      {task.reviewComment || task.reviewedAt ? (
        <div style={{ marginTop: 12 }} data-testid="task-review">
          <Typography.Text strong>{t('tasks.report.review')}</Typography.Text>
          {task.reviewComment ? <div style={{ whiteSpace: 'pre-line' }}>{task.reviewComment}</div> : null}
          {task.reviewedAt ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('tasks.report.reviewed', { by: task.reviewedBy ?? '', at: formatDateTime(task.reviewedAt) })}
            </Typography.Text>
          ) : null}
        </div>
      ) : null}
      <div style={{ marginTop: 12 }}>
        <Typography.Text strong>{t('tasks.contributions.title')}</Typography.Text>
        {task.contributions.length === 0 ? (
          <div>
            <Typography.Text type="secondary">{t('tasks.contributions.empty')}</Typography.Text>
          </div>
        ) : (
          <Flex vertical gap={8} role="list" style={{ marginTop: 4 }}>
            {task.contributions.map((c, i) => (
              <div key={`${c.at}-${i}`} role="listitem">
                <Typography.Text>{c.unit ?? ''}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {' '}
                  · {c.by} · {formatDateTime(c.at)}
                </Typography.Text>
                {c.note ? <div style={{ whiteSpace: 'pre-line' }}>{c.note}</div> : null}
              </div>
            ))}
          </Flex>
        )}
      </div>
    </Card>
  );
}

function TaskDetail({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const late = task.overdue && task.status !== 'ACCEPTED' && task.status !== 'CANCELLED';
  return (
    <div data-testid="task-detail">
      <PageHeader
        title={<span data-testid="task-title">{taskName(task)}</span>}
        description={
          <Space wrap size={8}>
            <TaskStatusTag status={task.status} />
            {task.label && task.label !== taskName(task) ? <span data-testid="task-label">{task.label}</span> : null}
          </Space>
        }
        extra={
          <Space wrap>
            <Link to={`/cases/improvement-tasks/${task.id}`} data-testid="task-open-case">
              <Button icon={<ApartmentOutlined />}>{t('cases.open')}</Button>
            </Link>
            <Link to="/unit-tasks">
              <Button icon={<ArrowLeftOutlined />}>{t('tasks.backToInbox')}</Button>
            </Link>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('tasks.dueOn')}>
            {task.dueOn ? (
              <Typography.Text type={late ? 'danger' : undefined} strong={late} className="nowrap" data-testid="task-due">
                {formatDate(task.dueOn)}
                {late ? ` (${t('tasks.overdue')})` : ''}
              </Typography.Text>
            ) : (
              <Typography.Text type="secondary">—</Typography.Text>
            )}
          </Descriptions.Item>
          {task.opensOn ? <Descriptions.Item label={t('tasks.opensOn')}><span className="nowrap">{formatDate(task.opensOn)}</span></Descriptions.Item> : null}
          <Descriptions.Item label={t('tasks.plan')}>
            <Link to={`/improvement-plans/${task.planId}`} data-testid="task-plan">
              {task.planName}
            </Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('tasks.leadUnit')}>{task.leadUnit ?? ''}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <TaskActionPanel task={task} />
            <TaskCriterionCard criterion={task.criterion} />
            <ReportCard task={task} />
            <TaskComments task={task} />
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <TaskEvidence task={task} />
            <TaskHistory task={task} />
            {task.status === 'WAITING' ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.waitingHint', { date: formatDate(task.opensOn) })} /> : null}
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
