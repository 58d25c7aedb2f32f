import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignStatus, UnitStep } from '../types';

const STEP_COLORS: Record<UnitStep, string> = {
  SELF_ASSESSMENT: 'default',
  SUBMITTED: 'blue',
  EXPLANATION: 'orange',
  APPRAISED: 'green',
};

/** Đang tự đánh giá / Đã nộp / Đang giải trình / Đã thẩm định */
export function StepTag({ step, testId }: { step: UnitStep; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color={STEP_COLORS[step] ?? 'default'} data-testid={testId}>
      {t(`campaigns.steps.${step}`, { defaultValue: step })}
    </Tag>
  );
}

export function CampaignStatusTag({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={status === 'PUBLISHED' ? 'green' : 'processing'} data-testid="campaign-status">
      {t(`campaigns.statuses.${status}`, { defaultValue: status })}
    </Tag>
  );
}

/** Red "Chậm" tag */
export function LateTag({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <Tag color="red" data-testid={testId}>
      {t('campaigns.units.late')}
    </Tag>
  );
}
