import {
  ArrowLeftOutlined,
  CalculatorOutlined,
  CheckCircleOutlined,
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  PlusOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Popconfirm, Result, Space, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { type ApiFieldError, isApiError } from '@/lib/api-client';
import { formatPoints } from '@/lib/format';
import { currentLanguage } from '@/lib/i18n';
import { levelName, usePublicConfig } from '@/lib/public-config';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { PageHeader } from '@/components/ui/page-header';
import { criteriaSetExportUrl } from '../api/export-criteria-set';
import { useCanEditCriteria } from '../hooks/use-can-edit-criteria';
import { useCriteriaSet, useDeleteCriteriaNode, usePublishCriteriaSet } from '../hooks/use-criteria-set';
import type { CriteriaSet, Thresholds } from '../types';
import { countSumMismatches, type CriteriaTreeRow, suggestChildCode, toTreeRows } from '../utils/criteria-tree';
import { CopyCriteriaSetModal } from './copy-criteria-set-modal';
import { CriteriaNodeFormModal, type NodeEditing } from './criteria-node-form-modal';
import { CriteriaSetFormModal } from './criteria-set-form-modal';
import { CriteriaStatusTag } from './criteria-tags';
import { CriteriaTreeTable } from './criteria-tree-table';
import { ScoreSimulatorDrawer } from './score-simulator-drawer';
import { useFeedback } from '@/lib/feedback';

/** Route parameter → set id: "12" → 12; "import", "1.5" or nothing → undefined. */
export function parseSetId(value: string | undefined): number | undefined {
  if (!value || !/^\d+$/.test(value)) return undefined;
  return Number(value);
}

function ThresholdsText({ thresholds }: { thresholds: Thresholds }) {
  const { t } = useTranslation();
  const items: [string, number][] = [
    ['EXCELLENT', thresholds.excellent],
    ['GOOD', thresholds.good],
    ['FAIR', thresholds.fair],
    ['AVERAGE', thresholds.average],
  ];
  return (
    <span data-testid="criteria-thresholds">
      {items.map(([key, value]) => `${t(`criteria.classification.${key}`)} ${t('criteria.thresholdFrom', { value: formatPoints(value) })}`).join(' · ')}
    </span>
  );
}

export function CriteriaDetailPage() {
  const { t } = useTranslation();
  const { id: idParam } = useParams();
  const id = parseSetId(idParam);
  const query = useCriteriaSet(id);

  if (id === undefined || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('criteria.notFound')}
        extra={
          <Link to="/criteria">
            <Button type="primary">{t('criteria.backToList')}</Button>
          </Link>
        }
        data-testid="criteria-not-found"
      />
    );
  }
  if (query.isLoading) return <FullPageSpinner />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  return <CriteriaSetView set={query.data} />;
}

function CriteriaSetView({ set }: { set: CriteriaSet }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const language = currentLanguage();
  const navigate = useNavigate();
  const canEdit = useCanEditCriteria();
  const levels = usePublicConfig().data?.levels ?? [];
  const editable = canEdit && set.status === 'DRAFT';
  const publish = usePublishCriteriaSet(set.id);
  const removeNode = useDeleteCriteriaNode(set.id);
  const [publishErrors, setPublishErrors] = useState<ApiFieldError[]>([]);
  const [editInfo, setEditInfo] = useState(false);
  const [copyOpen, setCopyOpen] = useState(false);
  const [simulatorOpen, setSimulatorOpen] = useState(false);
  const [nodeEditing, setNodeEditing] = useState<NodeEditing | null>(null);

  const rows = useMemo(() => toTreeRows(set.nodes), [set.nodes]);
  const mismatches = useMemo(() => countSumMismatches(set.nodes), [set.nodes]);
  const errorCodes = useMemo(() => new Set(publishErrors.map((e) => e.field).filter((f): f is string => Boolean(f))), [publishErrors]);

  const onPublish = () => {
    setPublishErrors([]);
    publish.mutate(undefined, {
      onSuccess: () => void message.success(t('criteria.published')),
      onError: (error) => {
        if (isApiError(error) && error.status === 422 && error.errors.length > 0) setPublishErrors(error.errors);
        else void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6);
      },
    });
  };

  const onDeleteNode = (row: CriteriaTreeRow) => {
    if (row.id === null) return;
    removeNode.mutate(row.id, {
      onSuccess: () => void message.success(t('criteria.nodeDeleted', { code: row.code })),
      onError: (error) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6),
    });
  };

  const addField = () => setNodeEditing({ parent: null, suggestedCode: suggestChildCode(null, set.nodes) });
  const addChild = (row: CriteriaTreeRow) =>
    setNodeEditing({ parent: { id: row.id, code: row.code, title: row.title }, suggestedCode: suggestChildCode(row, row.children ?? []) });

  const actions = (row: CriteriaTreeRow) => (
    <Space size={0}>
      <Tooltip title={t('common.edit')}>
        <Button type="link" size="small" icon={<EditOutlined />} aria-label={`${t('common.edit')} ${row.code}`} onClick={() => setNodeEditing({ node: row })} data-testid={`node-edit-${row.code}`} />
      </Tooltip>
      <Tooltip title={t('criteria.addChild')}>
        <Button type="link" size="small" icon={<PlusOutlined />} aria-label={`${t('criteria.addChild')} ${row.code}`} onClick={() => addChild(row)} data-testid={`node-add-${row.code}`} />
      </Tooltip>
      <Popconfirm
        title={t('criteria.nodeDeleteConfirm', { code: row.code })}
        okText={t('common.delete')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true }}
        onConfirm={() => onDeleteNode(row)}
      >
        <Button type="link" size="small" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${row.code}`} data-testid={`node-delete-${row.code}`} />
      </Popconfirm>
    </Space>
  );

  return (
    <>
      <Link to="/criteria" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('criteria.backToList')}
      </Link>
      <PageHeader
        title={
          <Space wrap>
            <span data-testid="criteria-name">{set.name}</span>
            <CriteriaStatusTag status={set.status} />
          </Space>
        }
        extra={
          <Space wrap>
            <Button icon={<TeamOutlined />} onClick={() => void navigate(`/criteria/${set.id}/matrix`)} data-testid="criteria-matrix-link">
              {t('criteria.matrixLink')}
            </Button>
            <Button icon={<CalculatorOutlined />} onClick={() => setSimulatorOpen(true)} data-testid="criteria-simulator-button">
              {t('criteria.simulator')}
            </Button>
            <Button icon={<FileExcelOutlined />} href={criteriaSetExportUrl(set.id, 'xlsx')} download data-testid="criteria-export-xlsx">
              {t('criteria.exportXlsx')}
            </Button>
            <Button icon={<FileTextOutlined />} href={criteriaSetExportUrl(set.id, 'csv')} download data-testid="criteria-export-csv">
              {t('criteria.exportCsv')}
            </Button>
            {canEdit ? (
              <Button icon={<CopyOutlined />} onClick={() => setCopyOpen(true)} data-testid="criteria-copy-button">
                {t('criteria.copy')}
              </Button>
            ) : null}
            {editable ? (
              <Popconfirm
                title={t('criteria.publishConfirm')}
                description={<div style={{ maxWidth: 360 }}>{t('criteria.publishConfirmHint')}</div>}
                okText={t('criteria.publish')}
                cancelText={t('common.cancel')}
                onConfirm={onPublish}
              >
                <Button type="primary" icon={<CheckCircleOutlined />} loading={publish.isPending} data-testid="criteria-publish">
                  {t('criteria.publish')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />

      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          extra={
            editable ? (
              <Button icon={<EditOutlined />} onClick={() => setEditInfo(true)} data-testid="criteria-edit-info">
                {t('criteria.editInfo')}
              </Button>
            ) : null
          }
          items={[
            { key: 'year', label: t('criteria.year'), children: set.year },
            { key: 'level', label: t('criteria.level'), children: levelName(levels, set.level, language) },
            {
              key: 'total',
              label: t('criteria.totalMaxPoints'),
              children: (
                <Typography.Text strong data-testid="criteria-total">
                  {formatPoints(set.totalMaxPoints)}
                </Typography.Text>
              ),
            },
            { key: 'count', label: t('criteria.nodeCount'), children: set.nodeCount },
            { key: 'thresholds', label: t('criteria.thresholds'), span: 2, children: set.thresholds ? <ThresholdsText thresholds={set.thresholds} /> : null },
          ]}
        />
      </Card>

      {set.status === 'PUBLISHED' && canEdit ? <Alert type="info" showIcon title={t('criteria.publishedReadOnly')} style={{ marginBottom: 16 }} /> : null}
      {mismatches > 0 ? (
        <Alert type="warning" showIcon title={t('criteria.mismatchWarning', { count: mismatches })} style={{ marginBottom: 16 }} data-testid="criteria-mismatch-warning" />
      ) : null}
      {publishErrors.length > 0 ? (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setPublishErrors([]) }}
          style={{ marginBottom: 16 }}
          title={t('criteria.publishErrors')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {publishErrors.map((e, i) => (
                <li key={i}>
                  {e.field ? <Typography.Text strong>{e.field}: </Typography.Text> : null}
                  {e.message}
                </li>
              ))}
            </ul>
          }
          data-testid="criteria-publish-errors"
        />
      ) : null}

      <Card
        title={t('criteria.nodeTitle')}
        extra={
          editable ? (
            <Button icon={<PlusOutlined />} onClick={addField} data-testid="criteria-add-field">
              {t('criteria.addField')}
            </Button>
          ) : null
        }
      >
        <CriteriaTreeTable rows={rows} errorCodes={errorCodes} actions={editable ? actions : undefined} testId="criteria-tree" emptyText={t('criteria.emptyTree')} />
      </Card>

      {editable ? (
        <>
          <CriteriaSetFormModal open={editInfo} set={set} levels={levels} onClose={() => setEditInfo(false)} />
          <CriteriaNodeFormModal setId={set.id} editing={nodeEditing} onClose={() => setNodeEditing(null)} />
        </>
      ) : null}
      {canEdit ? (
        <CopyCriteriaSetModal source={copyOpen ? set : null} onClose={() => setCopyOpen(false)} onCopied={(copy) => void navigate(`/criteria/${copy.id}`)} />
      ) : null}
      <ScoreSimulatorDrawer set={set} open={simulatorOpen} onClose={() => setSimulatorOpen(false)} />
    </>
  );
}
