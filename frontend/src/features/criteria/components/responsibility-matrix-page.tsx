import { ArrowLeftOutlined, ReloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Result, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '@/lib/api-client';
import { useUnits } from '@/lib/units';
import { ImportDialog } from '@/components/import/import-dialog';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { useCanEditCriteria } from '../hooks/use-can-edit-criteria';
import { useCriteriaSet } from '../hooks/use-criteria-set';
import { useImportResponsibilities, useResetResponsibility, useResponsibilities, useUpdateResponsibility } from '../hooks/use-responsibilities';
import type { ResponsibilityImportResult, ResponsibilityRequest } from '../types';
import { buildMatrixRows, type MatrixRow } from '../utils/criteria-tree';
import { csvDataUrl, responsibilitiesCsv } from '../utils/matrix-csv';
import { parseSetId } from './criteria-detail-page';
import { CriteriaStatusTag } from './criteria-tags';
import { ResponsibilityGrid } from './responsibility-grid';
import { useFeedback } from '@/lib/feedback';

export function ResponsibilityMatrixPage() {
  const { t } = useTranslation();
  const { id: idParam } = useParams();
  const id = parseSetId(idParam);
  if (id === undefined) {
    return (
      <Result
        status="404"
        title={t('criteria.notFound')}
        extra={
          <Link to="/criteria">
            <Button type="primary">{t('criteria.backToList')}</Button>
          </Link>
        }
      />
    );
  }
  return <Matrix setId={id} />;
}

function Matrix({ setId }: { setId: number }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const canEdit = useCanEditCriteria();
  const set = useCriteriaSet(setId);
  const responsibilities = useResponsibilities(setId);
  const units = useUnits();
  const update = useUpdateResponsibility(setId);
  const reset = useResetResponsibility(setId);
  const importer = useImportResponsibilities(setId);
  const [importOpen, setImportOpen] = useState(false);
  const [savingNodeId, setSavingNodeId] = useState<number | null>(null);

  const rows = useMemo(() => buildMatrixRows(responsibilities.data?.rows ?? []), [responsibilities.data]);
  const unitList = useMemo(() => units.data ?? [], [units.data]);
  const templateUrl = useMemo(() => {
    const byId = new Map(unitList.map((u) => [u.id, u]));
    return csvDataUrl(responsibilitiesCsv(rows, (unitId) => byId.get(unitId)?.name ?? ''));
  }, [rows, unitList]);

  const failed = (error: unknown) =>
    void message.error(
      isApiError(error) ? [error.detail || error.title, ...error.errors.map((e) => e.message)].join(' · ') : t('errors.unexpected'),
      6,
    );

  const onSave = (row: MatrixRow, body: ResponsibilityRequest) => {
    setSavingNodeId(row.nodeId);
    update.mutate(
      { nodeId: row.nodeId, body },
      {
        onSuccess: () => void message.success(t('matrix.saved', { code: row.code })),
        onError: failed,
        onSettled: () => setSavingNodeId(null),
      },
    );
  };

  const onReset = (row: MatrixRow) => {
    setSavingNodeId(row.nodeId);
    reset.mutate(row.nodeId, {
      onSuccess: () => void message.success(t('matrix.resetDone', { code: row.code })),
      onError: failed,
      onSettled: () => setSavingNodeId(null),
    });
  };

  if (isApiError(set.error) && set.error.status === 404) {
    return <Result status="404" title={t('criteria.notFound')} extra={<Link to="/criteria">{t('criteria.backToList')}</Link>} />;
  }

  return (
    <>
      <Link to={`/criteria/${setId}`} style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {set.data?.name ?? t('criteria.backToList')}
      </Link>
      <PageHeader
        title={
          <Space wrap>
            <span>{t('matrix.title')}</span>
            {set.data ? <CriteriaStatusTag status={set.data.status} /> : null}
          </Space>
        }
        description={set.data ? `${set.data.name} (${set.data.year}). ${t('matrix.description')}` : t('matrix.description')}
        extra={
          <Space wrap>
            <Button icon={<ReloadOutlined />} onClick={() => void responsibilities.refetch()} loading={responsibilities.isFetching}>
              {t('common.refresh')}
            </Button>
            {canEdit ? (
              <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)} data-testid="matrix-import">
                {t('import.button')}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        {responsibilities.error ? <ErrorAlert error={responsibilities.error} style={{ marginBottom: 16 }} /> : null}
        {units.error ? <ErrorAlert error={units.error} style={{ marginBottom: 16 }} /> : null}
        {!canEdit ? <Alert type="info" showIcon title={t('matrix.readOnly')} style={{ marginBottom: 16 }} /> : null}
        <ResponsibilityGrid
          rows={rows}
          units={unitList}
          editable={canEdit}
          loading={responsibilities.isLoading}
          savingNodeId={savingNodeId}
          onSave={onSave}
          onReset={onReset}
        />
      </Card>
      {canEdit ? (
        <ImportDialog<ResponsibilityImportResult>
          open={importOpen}
          title={t('matrix.importTitle')}
          templateUrl={templateUrl}
          templateFileName={`phan-cong-${setId}.csv`}
          templateLabel={t('matrix.downloadCurrent')}
          upload={importer.upload}
          onClose={() => setImportOpen(false)}
          onImported={importer.onImported}
          describeResult={(result) => t('matrix.importDone', { updated: result?.updated ?? 0 })}
          columns={[
            { name: 'Stt', hint: t('matrix.importCols.code') },
            { name: 'Đơn vị chủ trì', hint: t('matrix.importCols.lead') },
            { name: 'Đơn vị phối hợp', hint: t('matrix.importCols.supporting') },
          ]}
        />
      ) : null}
    </>
  );
}

