import { useQueryClient } from '@tanstack/react-query';
import { Alert, Card, Progress, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useFeedback } from '@/lib/feedback';
import { formatNumber } from '@/lib/format';
import { planKeys } from '../api/keys';
import { usePlanActivation } from '../hooks/use-plan';
import type { SavedPlan } from '../types';

/** How often a reader who cannot follow the progress (not LEADER/COORDINATOR) reloads the plan. */
const PLAN_RELOAD_MS = 5000;

/**
 * While a plan is ACTIVATING: "Đang khởi tạo nhiệm vụ: started/total" as a progress bar. The state is
 * the server's (a reload shows it again); {@code canFollow} (LEADER/COORDINATOR) polls the progress
 * every second, others reload the plan now and then. Once ACTIVE: the plan, the list and the inbox
 * are read again, and a toast says how many tasks were assigned.
 */
export function ActivationProgress({ plan, canFollow }: { plan: SavedPlan; canFollow: boolean }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const queryClient = useQueryClient();
  const query = usePlanActivation(plan.id, canFollow);
  const progress = (canFollow ? query.data : undefined) ?? plan.activation ?? { status: plan.status, total: 0, started: 0, error: null };
  const ended = canFollow && query.data !== undefined && query.data.status !== 'ACTIVATING';

  useEffect(() => {
    if (!ended || !query.data) return;
    void queryClient.invalidateQueries({ queryKey: planKeys.detail(plan.id) });
    void queryClient.invalidateQueries({ queryKey: planKeys.list() });
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    if (query.data.status === 'ACTIVE') void message.success(t('plans.activated', { count: query.data.total }));
  }, [ended, query.data, plan.id, queryClient, message, t]);

  useEffect(() => {
    if (canFollow) return undefined;
    const timer = setInterval(() => void queryClient.invalidateQueries({ queryKey: planKeys.detail(plan.id) }), PLAN_RELOAD_MS);
    return () => clearInterval(timer);
  }, [canFollow, plan.id, queryClient]);

  const percent = progress.total > 0 ? Math.floor((progress.started * 100) / progress.total) : 0;
  return (
    <Card size="small" data-testid="plan-activation">
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text strong data-testid="plan-activation-text">
          {t('plans.activation.progress', { started: formatNumber(progress.started, 0), total: formatNumber(progress.total, 0) })}
        </Typography.Text>
        <Progress percent={percent} status="active" aria-label={t('plans.activation.label')} />
        <Typography.Text type="secondary">{t('plans.activation.hint')}</Typography.Text>
        {progress.error ? (
          <Alert type="warning" showIcon title={t('plans.activation.retrying')} description={progress.error} data-testid="plan-activation-error" />
        ) : null}
      </Space>
    </Card>
  );
}
