import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { formatDate } from '@/lib/format';
import { useCampaignPermissions } from '../hooks/use-campaign-permissions';
import { useCampaigns } from '../hooks/use-campaigns';
import type { Campaign } from '../types';
import { CampaignStatusTag } from './campaign-tags';
import { CreateCampaignModal } from './create-campaign-modal';

/** "x/y đã nộp" counts every unit past self-assessment. */
export const submittedCount = (c: Campaign) => c.units.filter((u) => u.step !== 'SELF_ASSESSMENT').length;

export function CampaignsListPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const query = useCampaigns();
  const { manage } = useCampaignPermissions();
  const [creating, setCreating] = useState(false);
  const campaigns = query.data ?? [];

  return (
    <>
      <PageHeader
        title={t('campaigns.title')}
        description={t('campaigns.description')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void query.refetch()} loading={query.isFetching}>
              {t('common.refresh')}
            </Button>
            {manage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="campaign-create">
                {t('campaigns.create')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        {query.error ? <ErrorAlert error={query.error} style={{ marginBottom: 16 }} /> : null}
        <Table<Campaign>
          rowKey="id"
          loading={query.isLoading}
          dataSource={campaigns}
          pagination={campaigns.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: t('campaigns.empty') }}
          scroll={{ x: 1000 }}
          data-testid="campaigns-list"
          columns={[
            {
              title: t('campaigns.name'),
              dataIndex: 'name',
              render: (name: string, c) => (
                <Link to={`/campaigns/${c.id}`} data-testid={`campaign-open-${c.id}`}>
                  {name}
                </Link>
              ),
            },
            { title: t('campaigns.year'), dataIndex: 'year', width: 80 },
            { title: t('campaigns.status'), dataIndex: 'status', width: 130, render: (s: Campaign['status']) => <CampaignStatusTag status={s} /> },
            { title: t('campaigns.councilDeadline'), dataIndex: 'councilDeadline', width: 130, render: (d: string) => formatDate(d) },
            { title: t('campaigns.selfAssessmentDeadline'), dataIndex: 'selfAssessmentDeadline', width: 130, render: (d: string) => formatDate(d) },
            { title: t('campaigns.appraisalDeadline'), dataIndex: 'appraisalDeadline', width: 130, render: (d: string) => formatDate(d) },
            {
              title: t('campaigns.progress'),
              key: 'progress',
              width: 170,
              render: (_: unknown, c) => {
                const late = c.units.filter((u) => u.late).length;
                return (
                  <Space size={4} wrap>
                    <span data-testid={`campaign-progress-${c.id}`}>
                      {t('campaigns.submittedOf', { submitted: submittedCount(c), total: c.units.length })}
                    </span>
                    {late > 0 ? (
                      <Typography.Text type="danger" data-testid={`campaign-late-${c.id}`}>
                        · {t('campaigns.lateCount', { count: late })}
                      </Typography.Text>
                    ) : null}
                  </Space>
                );
              },
            },
          ]}
        />
      </Card>
      {manage ? (
        <CreateCampaignModal
          open={creating}
          onClose={() => setCreating(false)}
          onCreated={(c) => {
            setCreating(false);
            void navigate(`/campaigns/${c.id}`);
          }}
        />
      ) : null}
    </>
  );
}
