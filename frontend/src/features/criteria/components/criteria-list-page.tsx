import { CopyOutlined, DeleteOutlined, DiffOutlined, EyeOutlined, PlusOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Popconfirm, Space, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { formatDate, formatPoints } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { levelName, usePublicConfig } from '@/lib/public-config';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { useCanEditCriteria } from '../hooks/use-can-edit-criteria';
import { useCriteriaSets, useDeleteCriteriaSet } from '../hooks/use-criteria-sets';
import type { CriteriaSet, CriteriaSetSummary } from '../types';
import { CopyCriteriaSetModal } from './copy-criteria-set-modal';
import { CriteriaDiffModal } from './criteria-diff-modal';
import { CriteriaImportWizard } from './criteria-import-wizard';
import { CriteriaSetFormModal } from './criteria-set-form-modal';
import { CriteriaStatusTag } from './criteria-tags';
import { useFeedback } from '@/lib/feedback';

/** Newest year first, then by name. */
function sortSets(sets: readonly CriteriaSetSummary[]): CriteriaSetSummary[] {
  const collator = new Intl.Collator('vi', { numeric: true });
  return [...sets].sort((a, b) => b.year - a.year || collator.compare(a.name, b.name));
}

export function CriteriaListPage() {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const language = currentLanguage();
  const navigate = useNavigate();
  const canEdit = useCanEditCriteria();
  const setsQuery = useCriteriaSets();
  const levels = usePublicConfig().data?.levels ?? [];
  const remove = useDeleteCriteriaSet();
  const [createOpen, setCreateOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const [copySource, setCopySource] = useState<CriteriaSetSummary | null>(null);
  const [diffSource, setDiffSource] = useState<CriteriaSetSummary | null>(null);

  const sets = useMemo(() => sortSets(setsQuery.data ?? []), [setsQuery.data]);
  const nameOf = (id: number | null) => (id === null ? undefined : sets.find((s) => s.id === id)?.name);
  const openSet = (set: CriteriaSet) => navigate(`/criteria/${set.id}`);

  const onDelete = (set: CriteriaSetSummary) =>
    remove.mutate(set.id, {
      onSuccess: () => void message.success(t('criteria.deleted', { name: set.name })),
      onError: (error) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6),
    });

  return (
    <>
      <PageHeader
        title={t('criteria.title')}
        description={t('criteria.description')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void setsQuery.refetch()} loading={setsQuery.isFetching}>
              {t('common.refresh')}
            </Button>
            {canEdit ? (
              <>
                <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="criteria-import-button">
                  {t('criteria.importButton')}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreateOpen(true)} data-testid="criteria-create-button">
                  {t('criteria.create')}
                </Button>
              </>
            ) : null}
          </Space>
        }
      />
      <Card>
        {setsQuery.error ? <ErrorAlert error={setsQuery.error} style={{ marginBottom: 16 }} /> : null}
        {!canEdit ? <Alert type="info" showIcon title={t('criteria.readOnlyHint')} style={{ marginBottom: 16 }} /> : null}
        <Table<CriteriaSetSummary>
          rowKey="id"
          size="middle"
          loading={setsQuery.isLoading}
          dataSource={sets}
          pagination={sets.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
          locale={{ emptyText: canEdit ? `${t('criteria.empty')} ${t('criteria.emptyEditorHint')}` : t('criteria.empty') }}
          data-testid="criteria-list"
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('criteria.name'),
              dataIndex: 'name',
              render: (name: string, set) => (
                <Space orientation="vertical" size={0}>
                  <Link to={`/criteria/${set.id}`} data-testid={`criteria-open-${set.id}`}>
                    {name}
                  </Link>
                  {set.copiedFromId !== null && set.copiedFromId !== undefined ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {nameOf(set.copiedFromId) ?? t('criteria.copiedFrom', { id: set.copiedFromId })}
                    </Typography.Text>
                  ) : null}
                </Space>
              ),
            },
            { title: t('criteria.year'), dataIndex: 'year', width: 80 },
            { title: t('criteria.level'), dataIndex: 'level', width: 170, render: (code: string) => levelName(levels, code, language) },
            { title: t('criteria.status'), dataIndex: 'status', width: 130, render: (status: CriteriaSetSummary['status']) => <CriteriaStatusTag status={status} /> },
            { title: t('criteria.totalMaxPoints'), dataIndex: 'totalMaxPoints', width: 100, align: 'right', render: (v: number) => formatPoints(v) },
            { title: t('criteria.nodeCount'), dataIndex: 'nodeCount', width: 80, align: 'right' },
            { title: t('criteria.updatedAt'), dataIndex: 'updatedAt', width: 110, render: (v: string) => formatDate(v) },
            {
              title: t('common.actions'),
              key: 'actions',
              width: canEdit ? 170 : 70,
              render: (_, set) => (
                <Space size={0}>
                  <Tooltip title={t('criteria.open')}>
                    <Button type="link" size="small" icon={<EyeOutlined />} aria-label={t('criteria.open')} onClick={() => void navigate(`/criteria/${set.id}`)} />
                  </Tooltip>
                  {canEdit ? (
                    <>
                      <Tooltip title={t('criteria.copy')}>
                        <Button type="link" size="small" icon={<CopyOutlined />} aria-label={t('criteria.copy')} onClick={() => setCopySource(set)} data-testid={`criteria-copy-${set.id}`} />
                      </Tooltip>
                      <Tooltip title={t('criteria.compare')}>
                        <Button type="link" size="small" icon={<DiffOutlined />} aria-label={t('criteria.compare')} onClick={() => setDiffSource(set)} data-testid={`criteria-compare-${set.id}`} />
                      </Tooltip>
                      {set.status === 'DRAFT' ? (
                        <Popconfirm
                          title={t('criteria.deleteConfirm', { name: set.name })}
                          okText={t('common.delete')}
                          cancelText={t('common.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => onDelete(set)}
                        >
                          <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} title={t('common.delete')} data-testid={`criteria-delete-${set.id}`} />
                        </Popconfirm>
                      ) : null}
                    </>
                  ) : null}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {canEdit ? (
        <>
          <CriteriaSetFormModal open={createOpen} levels={levels} onClose={() => setCreateOpen(false)} onCreated={openSet} />
          <CriteriaImportWizard
            open={importOpen}
            levels={levels}
            onClose={() => setImportOpen(false)}
            onImported={(set) => {
              setImportOpen(false);
              openSet(set);
            }}
          />
          <CopyCriteriaSetModal source={copySource} onClose={() => setCopySource(null)} onCopied={openSet} />
          <CriteriaDiffModal source={diffSource} sets={sets} onClose={() => setDiffSource(null)} />
        </>
      ) : null}
    </>
  );
}
