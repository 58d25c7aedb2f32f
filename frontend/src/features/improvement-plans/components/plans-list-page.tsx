import { DeleteOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ClassificationTag } from '@/components/ui/classification-tag';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDate, formatPoints } from '@/lib/format';
import { usePlanPermissions } from '../hooks/use-can-prepare-plans';
import { useDeletePlan, usePlans } from '../hooks/use-plans';
import type { SavedPlan } from '../types';
import { PlanImportWizard } from './plan-import-wizard';
import { PlanStatusTag } from './plan-tags';

export function PlansListPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const navigate = useNavigate();
  const plansQuery = usePlans();
  const { prepare } = usePlanPermissions();
  const remove = useDeletePlan();
  const [importOpen, setImportOpen] = useState(false);
  const plans = plansQuery.data ?? [];

  const onDelete = (plan: SavedPlan) =>
    remove.mutate(plan.id, {
      onSuccess: () => void message.success(t('plans.deleted', { name: plan.name })),
      onError: (error) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6),
    });

  return (
    <>
      <PageHeader
        title={t('plans.title')}
        description={t('plans.description')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void plansQuery.refetch()} loading={plansQuery.isFetching}>
              {t('common.refresh')}
            </Button>
            {prepare ? (
              <Button type="primary" icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="plan-import-button">
                {t('plans.importButton')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        {plansQuery.error ? <ErrorAlert error={plansQuery.error} style={{ marginBottom: 16 }} /> : null}
        <Table<SavedPlan>
          rowKey="id"
          size="middle"
          loading={plansQuery.isLoading}
          dataSource={plans}
          pagination={plans.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: prepare ? `${t('plans.empty')} ${t('plans.emptyPreparerHint')}` : t('plans.empty') }}
          data-testid="plans-list"
          scroll={{ x: 1000 }}
          columns={[
            {
              title: t('plans.name'),
              dataIndex: 'name',
              render: (name: string, plan) => (
                <Link to={`/improvement-plans/${plan.id}`} data-testid={`plan-open-${plan.id}`}>
                  {name}
                </Link>
              ),
            },
            { title: t('plans.year'), dataIndex: 'year', width: 80 },
            { title: t('plans.owner'), dataIndex: 'ownerUnitName', width: 200, render: (v: string | null) => v ?? '' },
            { title: t('plans.status'), dataIndex: 'status', width: 150, render: (status: SavedPlan['status']) => <PlanStatusTag status={status} /> },
            {
              title: t('plans.baselineIndex'),
              dataIndex: 'baseline',
              width: 170,
              render: (baseline: SavedPlan['baseline']) =>
                baseline ? (
                  <Space size={6}>
                    <Typography.Text strong>{formatPoints(baseline.index)}</Typography.Text>
                    <ClassificationTag value={baseline.classification} />
                  </Space>
                ) : null,
            },
            { title: t('plans.taskCount'), dataIndex: 'taskCount', width: 100, align: 'right' },
            { title: t('plans.updatedAt'), dataIndex: 'updatedAt', width: 110, render: (v: string | null) => formatDate(v) },
            ...(prepare
              ? [
                  {
                    title: t('common.actions'),
                    key: 'actions',
                    width: 80,
                    render: (_: unknown, plan: SavedPlan) =>
                      plan.status === 'DRAFT' ? (
                        <Popconfirm
                          title={t('plans.deleteConfirm', { name: plan.name })}
                          okText={t('common.delete')}
                          cancelText={t('common.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => onDelete(plan)}
                        >
                          <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} title={t('common.delete')} data-testid={`plan-delete-${plan.id}`} />
                        </Popconfirm>
                      ) : null,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {prepare ? (
        <PlanImportWizard
          open={importOpen}
          onClose={() => setImportOpen(false)}
          onImported={(plan) => {
            setImportOpen(false);
            void navigate(`/improvement-plans/${plan.id}`);
          }}
        />
      ) : null}
    </>
  );
}
