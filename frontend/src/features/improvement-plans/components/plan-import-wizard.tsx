import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, InputNumber, Modal, Space, Spin, Steps, Table, TreeSelect, Typography, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RowErrorsTable } from '@/components/import/row-errors-table';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { buildUnitTree, flattenUnitTree, toTreeSelectData } from '@/lib/unit-tree';
import { type Unit, useUnits } from '@/lib/units';
import { useImportPlan, usePreviewPlanImport } from '../hooks/use-plan-import';
import type { ImportQuestion, PlanImportParams, PlanImportPreview, SavedPlan } from '../types';
import { countTasks } from '../utils/deadline';
import { BaselineSummary } from './baseline-summary';
import { PlanItemsTable } from './plan-items-table';
import { answerQuestion, type Choice, OpenQuestionsPanel, questionKey, toAnswers } from './open-questions-panel';

export const PLAN_IMPORT_COLUMNS = [
  { name: 'Stt', hintKey: 'plans.import.cols.code' },
  { name: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', hintKey: 'plans.import.cols.title' },
  { name: 'Điểm chuẩn', hintKey: 'plans.import.cols.points' },
  { name: 'Điểm đạt được', hintKey: 'plans.import.cols.points' },
  { name: 'Mục tiêu', hintKey: 'plans.import.cols.optional' },
  { name: 'Nhiệm vụ/Giải pháp', hintKey: 'plans.import.cols.tasks' },
  { name: 'Đơn vị chủ trì', hintKey: 'plans.import.cols.lead' },
  { name: 'Cơ quan phối hợp', hintKey: 'plans.import.cols.supporting' },
  { name: 'Kết quả', hintKey: 'plans.import.cols.optional' },
  { name: 'Yêu cầu', hintKey: 'plans.import.cols.optional' },
  { name: 'Thời gian hoàn thành', hintKey: 'plans.import.cols.deadline' },
];

/**
 * The plan can be imported from a preview without errors of the file whose every open question is
 * answered, with at least one task (rows with a question are not in the preview until answered).
 */
export function canContinue(preview: PlanImportPreview | undefined, chosen: Readonly<Record<string, Choice | undefined>> = {}): boolean {
  return Boolean(
    preview &&
      preview.errors.length === 0 &&
      preview.questions.every((q) => chosen[questionKey(q)] !== undefined) &&
      (countTasks(preview.plan.items).tasks > 0 || preview.questions.length > 0),
  );
}

/** The district: the first DISTRICT unit in tree order, else the first root. */
export function defaultOwnerUnitId(units: readonly Unit[]): number | undefined {
  const ordered = flattenUnitTree(buildUnitTree(units));
  return (ordered.find((u) => u.level === 'DISTRICT') ?? ordered[0])?.id;
}

type SetupValues = { ownerUnitId: number; year: number };

type Props = {
  open: boolean;
  onClose: () => void;
  onImported: (plan: SavedPlan) => void;
};

/**
 * Import of a plan appendix: owner unit, year and file → preview (nothing saved; each unit phrase
 * that names no unit is a question, answered with a unit or "keep as a note") → name → import with
 * the answers (a unit answer is saved as an alias, so the next file does not ask again).
 */
export function PlanImportWizard({ open, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const unitsQuery = useUnits(open);
  const units = useMemo(() => unitsQuery.data ?? [], [unitsQuery.data]);
  const unitTree = useMemo(() => toTreeSelectData(buildUnitTree(units)), [units]);
  const [step, setStep] = useState(0);
  const [params, setParams] = useState<PlanImportParams | null>(null);
  // kept here (not only in the mutation) so that the table stays while a new preview runs
  const [result, setResult] = useState<PlanImportPreview | undefined>();
  const [chosen, setChosen] = useState<Record<string, Choice | undefined>>({});
  const preview = usePreviewPlanImport();
  const importPlan = useImportPlan();
  const [setupForm] = Form.useForm<SetupValues>();
  const [nameForm] = Form.useForm<{ name: string }>();

  const reset = () => {
    setStep(0);
    setParams(null);
    setResult(undefined);
    setChosen({});
    preview.reset();
    importPlan.reset();
    nameForm.resetFields();
  };
  useEffect(() => {
    if (open) {
      reset();
      setupForm.resetFields();
    }
  }, [open]);

  // the district by default, once the units are known
  useEffect(() => {
    if (open && units.length > 0 && setupForm.getFieldValue('ownerUnitId') === undefined) {
      setupForm.setFieldValue('ownerUnitId', defaultOwnerUnitId(units));
    }
  }, [open, units]);

  const runPreview = (next: PlanImportParams) =>
    preview.mutate(next, {
      onSuccess: (data) => {
        setParams(next);
        setResult(data);
        setChosen({});
        setStep(1);
      },
    });

  const choose = async (file: File) => {
    importPlan.reset();
    let values: SetupValues;
    try {
      values = await setupForm.validateFields();
    } catch {
      return;
    }
    runPreview({ file, year: values.year, ownerUnitId: values.ownerUnitId });
  };

  const ownerName = (id: number | undefined) => units.find((u) => u.id === id)?.name;

  const goToConfirm = () => {
    if (!params) return;
    if (!nameForm.getFieldValue('name')) {
      nameForm.setFieldsValue({ name: t('plans.import.defaultName', { year: params.year, unit: ownerName(params.ownerUnitId) ?? '' }) });
    }
    setStep(2);
  };

  const confirm = async () => {
    if (!params) return;
    const { name } = await nameForm.validateFields();
    importPlan.mutate(
      { ...params, name: name.trim(), answers: toAnswers(result?.questions ?? [], chosen) },
      {
        onSuccess: (plan) => {
          void message.success(t('plans.import.done', { name: plan.name }));
          onImported(plan);
        },
      },
    );
  };

  const busy = preview.isPending || importPlan.isPending;
  const close = () => {
    if (!busy) onClose();
  };

  const data = result;
  const errorRows = useMemo(() => new Set((data?.errors ?? []).map((e) => e.row).filter((r): r is number => r !== undefined)), [data]);
  const counts = useMemo(() => countTasks(data?.plan.items ?? []), [data]);
  const importErrors = isApiError(importPlan.error) ? importPlan.error.errors : [];
  const setupErrors = step === 0 && isApiError(preview.error) ? preview.error.errors : [];

  const footer = (
    <Space>
      <Button onClick={close} disabled={busy}>
        {t('common.cancel')}
      </Button>
      {step === 1 ? (
        <>
          <Button onClick={reset} disabled={busy}>
            {t('plans.import.chooseAgain')}
          </Button>
          <Button type="primary" disabled={!canContinue(data, chosen) || busy} onClick={goToConfirm} data-testid="plan-preview-next">
            {t('plans.import.next')}
          </Button>
        </>
      ) : null}
      {step === 2 ? (
        <>
          <Button onClick={() => setStep(1)} disabled={busy}>
            {t('plans.import.back')}
          </Button>
          <Button type="primary" loading={importPlan.isPending} onClick={() => void confirm().catch(() => undefined)} data-testid="plan-import-confirm">
            {t('plans.import.confirm')}
          </Button>
        </>
      ) : null}
    </Space>
  );

  return (
    <Modal open={open} title={t('plans.import.title')} onCancel={close} width={1200} footer={footer} destroyOnHidden mask={{ closable: !busy }}>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={[{ title: t('plans.import.steps.upload') }, { title: t('plans.import.steps.preview') }, { title: t('plans.import.steps.confirm') }]}
      />

      <div style={{ display: step === 0 ? 'block' : 'none' }} data-testid="plan-import-upload">
        <Typography.Paragraph>{t('plans.import.intro')}</Typography.Paragraph>
        <Form<SetupValues> form={setupForm} layout="inline" name="plan-import-setup" initialValues={{ year: new Date().getFullYear() }} style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item name="ownerUnitId" htmlFor="plan-import-owner" label={t('plans.owner')} rules={[{ required: true, message: t('plans.import.ownerRequired') }]}>
            <TreeSelect
              id="plan-import-owner"
              treeData={unitTree}
              showSearch
              treeNodeFilterProp="title"
              treeDefaultExpandAll
              loading={unitsQuery.isLoading}
              placeholder={t('plans.import.ownerPlaceholder')}
              style={{ width: 360 }}
            />
          </Form.Item>
          <Form.Item name="year" htmlFor="plan-import-year" label={t('plans.year')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber<number> id="plan-import-year" min={2000} max={2100} precision={0} style={{ width: 120 }} />
          </Form.Item>
        </Form>
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="name"
          dataSource={PLAN_IMPORT_COLUMNS}
          style={{ marginBottom: 16 }}
          columns={[
            { title: t('import.column'), dataIndex: 'name', width: 320, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
            { title: t('import.columnHint'), dataIndex: 'hintKey', render: (key: string) => t(key) },
          ]}
        />
        <Spin spinning={preview.isPending} description={t('plans.import.reading')}>
          <Upload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            multiple={false}
            showUploadList={false}
            beforeUpload={(f) => {
              void choose(f as File);
              return false; // sent by the preview call, not by antd
            }}
            disabled={preview.isPending}
            data-testid="plan-import-file"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{params?.file.name ?? t('import.dropHint')}</p>
            <p className="ant-upload-hint">{t('import.formats')}</p>
          </Upload.Dragger>
        </Spin>
        {step === 0 && preview.error ? <ErrorAlert error={preview.error} style={{ marginTop: 16 }} /> : null}
        {setupErrors.length > 0 ? (
          <div style={{ marginTop: 8 }}>
            <RowErrorsTable errors={setupErrors} />
          </div>
        ) : null}
      </div>

      {step === 1 && data ? (
        <Spin spinning={preview.isPending} description={t('plans.import.reading')}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text data-testid="plan-preview-summary">
              <strong>{params?.file.name}</strong>:{' '}
              {t('plans.import.summary', {
                rows: data.plan.items.length + waitingRows(data.plan.items, data.questions),
                tasks: counts.tasks,
                occurrences: counts.occurrences,
                owner: data.plan.ownerUnitName ?? ownerName(params?.ownerUnitId) ?? '',
                year: data.plan.year,
              })}
            </Typography.Text>
            {data.questions.length > 0 ? (
              <OpenQuestionsPanel
                questions={data.questions}
                units={units}
                chosen={chosen}
                onChoose={(q, choice) => setChosen((c) => answerQuestion(data.questions, c, q, choice))}
                disabled={busy}
              />
            ) : null}
            {data.errors.length > 0 ? (
              <div data-testid="plan-preview-errors">
                <Alert type="error" showIcon title={t('plans.import.errorsTitle', { count: data.errors.length })} style={{ marginBottom: 8 }} />
                <RowErrorsTable errors={data.errors} />
              </div>
            ) : counts.tasks === 0 && data.questions.length === 0 ? (
              <Alert type="warning" showIcon title={t('plans.import.emptyFile')} />
            ) : data.questions.length === 0 ? (
              <Alert type="success" showIcon title={t('plans.import.noErrors')} data-testid="plan-preview-ok" />
            ) : null}
            {counts.needsAttention > 0 ? <Alert type="warning" showIcon title={t('plans.items.attention', { count: counts.needsAttention })} /> : null}
            <Card size="small" title={t('plans.baseline.title')}>
              <BaselineSummary baseline={data.plan.baseline} />
            </Card>
            <PlanItemsTable items={data.plan.items} errorRows={errorRows} testId="plan-preview" />
          </Space>
        </Spin>
      ) : null}

      {/* kept mounted (hidden) so that the name survives going back to the preview */}
      <div style={{ display: step === 2 ? 'block' : 'none' }}>
        <Typography.Paragraph type="secondary">{t('plans.import.confirmHint')}</Typography.Paragraph>
        <Form form={nameForm} layout="vertical" name="plan-import-confirm-form" disabled={importPlan.isPending} style={{ maxWidth: 720 }}>
          <Form.Item
            name="name"
            htmlFor="plan-import-name"
            label={t('plans.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 255 }]}
          >
            <Input id="plan-import-name" maxLength={255} />
          </Form.Item>
        </Form>
        {importPlan.error ? (
          <div data-testid="plan-import-errors">
            <ErrorAlert error={importPlan.error} style={{ marginBottom: 8 }} />
            {importErrors.length > 0 ? (
              <>
                <Typography.Paragraph type="secondary">{t('plans.import.failed')}</Typography.Paragraph>
                <RowErrorsTable errors={importErrors} />
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </Modal>
  );
}

/** Rows of the file that still wait for an answer and are not among the rows read (every row may be asking). */
function waitingRows(items: { row: number | null }[], questions: ImportQuestion[]) {
  const read = new Set(items.map((i) => i.row));
  return new Set(questions.map((q) => q.row).filter((row) => !read.has(row))).size;
}
