import { ApartmentOutlined, ArrowLeftOutlined, CheckCircleOutlined, GlobalOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Result, Space, Tabs, Tooltip, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ImportDialog } from '@/components/import/import-dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDate, formatDateTime } from '@/lib/format';
import { useApproveCampaign, useCampaign } from '../hooks/use-campaign';
import { useCampaignPermissions } from '../hooks/use-campaign-permissions';
import { useImportSurvey } from '../hooks/use-results';
import type { Campaign, CampaignResults } from '../types';
import { CampaignStatusTag } from './campaign-tags';
import { CampaignTimeline } from './campaign-timeline';
import { CouncilCard } from './council-card';
import { LossesPanel } from './losses-panel';
import { ResultsPanel } from './results-panel';
import { UnitsProgressTable } from './units-progress-table';

/** Route parameter → id: "12" → 12; anything else → undefined. */
export function parseId(value: string | undefined): number | undefined {
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

export function CampaignDetailPage() {
  const { t } = useTranslation();
  const id = parseId(useParams().id);
  const query = useCampaign(id);
  if (id === undefined || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('campaigns.notFound')}
        extra={
          <Link to="/campaigns">
            <Button type="primary">{t('campaigns.backToList')}</Button>
          </Link>
        }
        data-testid="campaign-not-found"
      />
    );
  }
  if (query.isLoading) return <FullPageSpinner />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  return <CampaignView campaign={query.data} />;
}

function CampaignView({ campaign }: { campaign: Campaign }) {
  const { t } = useTranslation();
  const { modal, message } = useFeedback();
  const can = useCampaignPermissions();
  const approve = useApproveCampaign(campaign.id);
  const importSurvey = useImportSurvey(campaign.id);
  const [surveyOpen, setSurveyOpen] = useState(false);
  const [tab, setTab] = useState('progress');
  const published = campaign.status === 'PUBLISHED';

  const onApprove = () =>
    modal.confirm({
      title: t('campaigns.approveConfirm'),
      content: t('campaigns.approveHint'),
      okText: t('campaigns.approve'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'campaign-approve-ok' } as ButtonProps,
      onOk: () =>
        approve.mutateAsync().then(
          () => {
            void message.success(t('campaigns.approved'));
            setTab('results');
          },
          (error: unknown) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 8),
        ),
    });

  const surveyBlocked = !campaign.sipasCode ? t('campaigns.survey.noCode') : published ? t('campaigns.survey.published') : undefined;

  return (
    <div data-testid="campaign-detail">
      <PageHeader
        title={
          <Space wrap>
            <span>{campaign.name}</span>
            <CampaignStatusTag status={campaign.status} />
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/campaigns">
              <Button icon={<ArrowLeftOutlined />}>{t('campaigns.backToList')}</Button>
            </Link>
            <Link to={`/cases/campaigns/${campaign.id}`} data-testid="campaign-open-case">
              <Button icon={<ApartmentOutlined />}>{t('cases.open')}</Button>
            </Link>
            {published ? (
              <Link to={`/public/campaigns/${campaign.id}/results`} target="_blank">
                <Button icon={<GlobalOutlined />}>{t('campaigns.publicLink')}</Button>
              </Link>
            ) : null}
            {can.manage ? (
              <Tooltip title={surveyBlocked}>
                <Button icon={<UploadOutlined />} disabled={Boolean(surveyBlocked)} onClick={() => setSurveyOpen(true)} data-testid="campaign-survey">
                  {t('campaigns.survey.button')}
                </Button>
              </Tooltip>
            ) : null}
            {can.approve && !published ? (
              <Button type="primary" icon={<CheckCircleOutlined />} loading={approve.isPending} onClick={onApprove} data-testid="campaign-approve">
                {t('campaigns.approve')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card size="small">
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('campaigns.year')}>{campaign.year}</Descriptions.Item>
            <Descriptions.Item label={t('campaigns.criteriaSet')}>{campaign.criteriaSetName}</Descriptions.Item>
            <Descriptions.Item label={t('campaigns.sipasCode')}>{campaign.sipasCode ?? ''}</Descriptions.Item>
            {campaign.approvedAt ? (
              <Descriptions.Item label={t('campaigns.status')}>
                {t('campaigns.approvedBy', { by: campaign.approvedBy ?? '', date: formatDateTime(campaign.approvedAt) })}
              </Descriptions.Item>
            ) : null}
            {campaign.publishedAt ? (
              <Descriptions.Item label={t('campaigns.statuses.PUBLISHED')}>{formatDate(campaign.publishedAt)}</Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        <CampaignTimeline campaign={campaign} />
        <CouncilCard campaign={campaign} canSetUp={can.manage} />
        <Card size="small">
          <Tabs
            activeKey={tab}
            onChange={setTab}
            destroyOnHidden
            items={[
              {
                key: 'progress',
                label: t('campaigns.tabs.progress'),
                children: <UnitsProgressTable campaignId={campaign.id} units={campaign.units} />,
              },
              { key: 'results', label: t('campaigns.tabs.results'), children: <ResultsPanel campaignId={campaign.id} /> },
              { key: 'losses', label: t('campaigns.tabs.losses'), children: <LossesPanel campaign={campaign} canGenerate={can.manage} /> },
            ]}
          />
        </Card>
      </Space>
      {can.manage && campaign.sipasCode ? (
        <ImportDialog<CampaignResults>
          open={surveyOpen}
          title={t('campaigns.survey.title', { code: campaign.sipasCode })}
          columns={[
            { name: 'Đơn vị', hint: t('campaigns.survey.unitHint') },
            { name: 'Điểm', hint: t('campaigns.survey.pointsHint') },
          ]}
          upload={importSurvey}
          onClose={() => setSurveyOpen(false)}
          describeResult={(r) => t('campaigns.survey.done', { count: r.units.length })}
        />
      ) : null}
    </div>
  );
}
