import { ArrowLeftOutlined, CheckCircleOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Popconfirm, Result, Space, Typography, type ButtonProps } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ExportMenu } from '@/components/ui/export-menu';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDate, formatDateTime } from '@/lib/format';
import { useUnits } from '@/lib/units';
import { usePlanPermissions } from '../hooks/use-can-prepare-plans';
import { useActivatePlan, useApprovePlan, useClosePlan, usePlan } from '../hooks/use-plan';
import type { PlanItem, SavedPlan } from '../types';
import { countTasks } from '../utils/deadline';
import { ActivationProgress } from './activation-progress';
import { BaselineSummary } from './baseline-summary';
import { PlanItemFormModal } from './plan-item-form-modal';
import { PlanItemsTable } from './plan-items-table';
import { PlanStatusTag } from './plan-tags';

/** Route parameter → plan id: "12" → 12; anything else → undefined. */
export function parsePlanId(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function PlanDetailPage() {
  const { t } = useTranslation();
  const id = parsePlanId(useParams().id);
  const query = usePlan(id);
  if (id === undefined || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('plans.notFound')}
        extra={
          <Link to="/improvement-plans">
            <Button type="primary">{t('plans.backToList')}</Button>
          </Link>
        }
        data-testid="plan-not-found"
      />
    );
  }
  if (query.isLoading) return <FullPageSpinner />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  return <PlanView plan={query.data} />;
}

const errorText = (error: unknown, fallback: string) => (isApiError(error) ? error.detail || error.title : fallback);

function PlanView({ plan }: { plan: SavedPlan }) {
  const { t } = useTranslation();
  const can = usePlanPermissions(plan.status);
  const units = useUnits(can.editItems);
  const approve = useApprovePlan(plan.id);
  const activate = useActivatePlan(plan.id);
  const close = useClosePlan(plan.id);
  const [editing, setEditing] = useState<PlanItem | null>(null);
  // the hook's modal lives in the React tree (theme, locale; unmounted with the page)
  const { modal, message } = useFeedback();
  const counts = useMemo(() => countTasks(plan.items), [plan.items]);

  const onApprove = () =>
    approve.mutate(undefined, {
      onSuccess: () => void message.success(t('plans.approved')),
      onError: (error) => void message.error(errorText(error, t('errors.unexpected')), 6),
    });

  const onActivate = () =>
    modal.confirm({
      title: t('plans.activateConfirm'),
      content: (
        <>
          <p>{t('plans.activateHint', { tasks: counts.tasks, occurrences: counts.occurrences })}</p>
          {counts.needsAttention > 0 ? <p style={{ color: '#cf1322' }}>{t('plans.items.attention', { count: counts.needsAttention })}</p> : null}
        </>
      ),
      okText: t('plans.activate'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'plan-activate-ok' } as ButtonProps,
      onOk: () =>
        activate.mutateAsync().then(
          (updated) =>
            void (updated.status === 'ACTIVATING'
              ? message.info(t('plans.activation.started', { count: updated.activation?.total ?? counts.occurrences }))
              : message.success(t('plans.activated', { count: updated.taskCount }))),
          (error: unknown) => void message.error(errorText(error, t('errors.unexpected')), 6),
        ),
    });

  const onClose = () =>
    close.mutate(undefined, {
      onSuccess: () => void message.success(t('plans.closed')),
      onError: (error) => void message.error(errorText(error, t('errors.unexpected')), 6),
    });

  return (
    <div data-testid="plan-detail">
      <PageHeader
        title={
          <Space wrap>
            <span>{plan.name}</span>
            <PlanStatusTag status={plan.status} />
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/improvement-plans">
              <Button icon={<ArrowLeftOutlined />}>{t('plans.backToList')}</Button>
            </Link>
            <ExportMenu path={`/api/improvement-plans/${plan.id}/export`} testId="plan-export" />
            {can.approve ? (
              <Button type="primary" icon={<CheckCircleOutlined />} loading={approve.isPending} onClick={onApprove} data-testid="plan-approve">
                {t('plans.approve')}
              </Button>
            ) : null}
            {can.activate ? (
              <Button type="primary" icon={<PlayCircleOutlined />} loading={activate.isPending} onClick={onActivate} data-testid="plan-activate">
                {t('plans.activate')}
              </Button>
            ) : null}
            {can.close ? (
              <Popconfirm
                title={t('plans.closeConfirm')}
                description={t('plans.closeHint')}
                okText={t('plans.close')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={onClose}
              >
                <Button danger icon={<StopOutlined />} loading={close.isPending} data-testid="plan-close">
                  {t('plans.close')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {plan.status === 'ACTIVATING' ? <ActivationProgress plan={plan} canFollow={can.followActivation} /> : null}
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
            <Descriptions.Item label={t('plans.year')}>{plan.year}</Descriptions.Item>
            <Descriptions.Item label={t('plans.owner')}>{plan.ownerUnitName ?? ''}</Descriptions.Item>
            <Descriptions.Item label={t('plans.source')}>{t(`plans.sources.${plan.source}`, { defaultValue: plan.source })}</Descriptions.Item>
            <Descriptions.Item label={t('plans.taskCount')}>
              {plan.status === 'DRAFT' || plan.status === 'APPROVED' || plan.status === 'ACTIVATING'
                ? t('plans.items.count', { tasks: counts.tasks, occurrences: counts.occurrences })
                : plan.taskCount}
            </Descriptions.Item>
            {plan.approvedAt ? (
              <Descriptions.Item label={t('plans.approvedLabel')}>
                {t('plans.approvedBy', { by: plan.approvedBy ?? '', date: formatDateTime(plan.approvedAt) })}
              </Descriptions.Item>
            ) : null}
            {plan.activatedAt ? <Descriptions.Item label={t('plans.activatedLabel')}>{formatDate(plan.activatedAt)}</Descriptions.Item> : null}
            <Descriptions.Item label={t('plans.updatedAt')}>{formatDateTime(plan.updatedAt)}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('plans.baseline.title')}>
          <BaselineSummary baseline={plan.baseline} />
        </Card>
        <Card size="small" title={t('plans.items.title')}>
          {counts.needsAttention > 0 ? (
            <Alert type="warning" showIcon title={t('plans.items.attention', { count: counts.needsAttention })} style={{ marginBottom: 12 }} data-testid="plan-attention" />
          ) : null}
          {plan.status === 'DRAFT' && !can.editItems ? (
            <Typography.Paragraph type="secondary">{t('plans.draftReadOnly')}</Typography.Paragraph>
          ) : null}
          <PlanItemsTable items={plan.items} onEdit={can.editItems ? setEditing : undefined} testId="plan-items" />
        </Card>
      </Space>
      {can.editItems ? <PlanItemFormModal planId={plan.id} item={editing} units={units.data ?? []} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
