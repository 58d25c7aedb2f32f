import { Card, Steps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import type { Campaign } from '../types';
import { currentStep, milestones, stepStatus } from '../utils/timeline';

const RED = '#cf1322';

/** The three milestones with their dates; one past its date and not done is red. */
export function CampaignTimeline({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const list = milestones(campaign);
  return (
    <Card
      size="small"
      title={t('campaigns.timeline.title')}
      extra={<Typography.Text type="secondary">{t('campaigns.timeline.today', { date: formatDate(campaign.today) })}</Typography.Text>}
      data-testid="campaign-timeline"
    >
      <Steps
        current={currentStep(list)}
        items={list.map((m) => ({
          status: stepStatus(m.state),
          title: (
            <span data-testid={`milestone-${m.key}`} data-state={m.state} style={m.state === 'late' ? { color: RED } : undefined}>
              {t(`campaigns.timeline.${m.key}`)}
            </span>
          ),
          content: (
            <span style={m.state === 'late' ? { color: RED } : undefined}>
              {t('campaigns.timeline.due', { date: formatDate(m.deadline) })}
              {m.state === 'late' ? ` · ${t('campaigns.timeline.late')}` : ''}
              {m.state === 'done' && m.doneAt ? (
                <>
                  <br />
                  {t('campaigns.timeline.doneAt', { date: formatDate(m.doneAt) })}
                </>
              ) : null}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
