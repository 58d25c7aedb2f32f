import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space, Spin, Steps, Table, Typography, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { formatPoints } from '@/lib/format';
import type { Level } from '@/lib/public-config';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useImportCriteriaSet, usePreviewCriteriaImport } from '../hooks/use-criteria-import';
import type { CriteriaSet, ImportPreview } from '../types';
import { countNodes, toTreeRows } from '../utils/criteria-tree';
import { DEFAULT_LEVEL, levelOptions } from './criteria-set-form-modal';
import { CriteriaTreeTable } from './criteria-tree-table';
import { RowErrorsTable } from './row-errors-table';
import { useFeedback } from '@/lib/feedback';

export const IMPORT_COLUMNS = [
  { name: 'Stt', hintKey: 'criteria.import.cols.code' },
  { name: 'Lĩnh vực/Tiêu chí/Tiêu chí thành phần', hintKey: 'criteria.import.cols.title' },
  { name: 'Điểm chuẩn', hintKey: 'criteria.import.cols.maxPoints' },
  { name: 'Hướng dẫn chấm điểm', hintKey: 'criteria.import.cols.optional' },
  { name: 'Tài liệu kiểm chứng', hintKey: 'criteria.import.cols.optional' },
  { name: 'Không áp dụng', hintKey: 'criteria.import.cols.notApplicable' },
  { name: 'Loại trả lời', hintKey: 'criteria.import.cols.answerType' },
];

/** The preview can lead to an import only without errors and with at least one node. */
export function canContinue(preview: ImportPreview | undefined): boolean {
  return Boolean(preview && preview.errors.length === 0 && preview.nodes.length > 0);
}

/** "bo-tieu-chi-huyen-2026.xlsx" → name "bo-tieu-chi-huyen-2026", year 2026 (or this year). */
export function defaultsFromFileName(fileName: string): { name: string; year: number } {
  const name = fileName.replace(/\.[^.]+$/, '').trim();
  const year = /(?:^|\D)(20\d\d)(?:\D|$)/.exec(name)?.[1];
  return { name, year: year ? Number(year) : new Date().getFullYear() };
}

type ConfirmValues = { name: string; year: number; level: string };

type Props = {
  open: boolean;
  levels: Level[];
  onClose: () => void;
  onImported: (set: CriteriaSet) => void;
};

/** Import of an official criteria table in three steps: file → preview (nothing saved) → name, year, level. */
export function CriteriaImportWizard({ open, levels, onClose, onImported }: Props) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const preview = usePreviewCriteriaImport();
  const importSet = useImportCriteriaSet();
  const [form] = Form.useForm<ConfirmValues>();

  const reset = () => {
    setStep(0);
    setFile(null);
    preview.reset();
    importSet.reset();
    form.resetFields();
  };
  useEffect(() => {
    if (open) reset();
  }, [open]);

  const data = preview.data;
  const rows = useMemo(() => toTreeRows(data?.nodes ?? []), [data]);
  const busy = preview.isPending || importSet.isPending;

  const choose = (f: File) => {
    setFile(f);
    importSet.reset();
    preview.mutate(f, { onSuccess: () => setStep(1) });
  };

  const goToConfirm = () => {
    const defaults = defaultsFromFileName(file?.name ?? '');
    form.setFieldsValue({
      name: form.getFieldValue('name') || defaults.name,
      year: form.getFieldValue('year') || defaults.year,
      level: form.getFieldValue('level') || (levels.some((l) => l.code === DEFAULT_LEVEL) || levels.length === 0 ? DEFAULT_LEVEL : levels[0].code),
    });
    setStep(2);
  };

  const confirm = async () => {
    if (!file) return;
    const values = await form.validateFields();
    importSet.mutate(
      { file, name: values.name.trim(), year: values.year, level: values.level },
      {
        onSuccess: (set) => {
          void message.success(t('criteria.import.done', { name: set.name }));
          onImported(set);
        },
      },
    );
  };

  const close = () => {
    if (busy) return;
    onClose();
  };

  const importErrors = isApiError(importSet.error) ? importSet.error.errors : [];

  const footer = (
    <Space>
      <Button onClick={close} disabled={busy}>
        {t('common.cancel')}
      </Button>
      {step === 1 ? (
        <>
          <Button onClick={reset}>{t('criteria.import.chooseAgain')}</Button>
          <Button type="primary" disabled={!canContinue(data)} onClick={goToConfirm} data-testid="criteria-preview-next">
            {t('criteria.import.next')}
          </Button>
        </>
      ) : null}
      {step === 2 ? (
        <>
          <Button onClick={() => setStep(1)} disabled={busy}>
            {t('criteria.import.back')}
          </Button>
          <Button type="primary" loading={importSet.isPending} onClick={() => void confirm().catch(() => undefined)} data-testid="criteria-import-confirm">
            {t('criteria.import.confirm')}
          </Button>
        </>
      ) : null}
    </Space>
  );

  return (
    <Modal open={open} title={t('criteria.import.title')} onCancel={close} width={1100} footer={footer} destroyOnHidden mask={{ closable: !busy }}>
      <Steps
        current={step}
        size="small"
        style={{ marginBottom: 24 }}
        items={[{ title: t('criteria.import.steps.upload') }, { title: t('criteria.import.steps.preview') }, { title: t('criteria.import.steps.confirm') }]}
      />

      {step === 0 ? (
        <div data-testid="criteria-import-upload">
          <Typography.Paragraph>{t('criteria.import.intro')}</Typography.Paragraph>
          <Table
            size="small"
            bordered
            pagination={false}
            rowKey="name"
            dataSource={IMPORT_COLUMNS}
            style={{ marginBottom: 16 }}
            columns={[
              { title: t('import.column'), dataIndex: 'name', width: 320, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
              { title: t('import.columnHint'), dataIndex: 'hintKey', render: (key: string) => t(key) },
            ]}
          />
          <Spin spinning={preview.isPending} description={t('criteria.import.reading')}>
            <Upload.Dragger
              accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              multiple={false}
              showUploadList={false}
              beforeUpload={(f) => {
                choose(f as File);
                return false; // sent by the preview call, not by antd
              }}
              disabled={preview.isPending}
              data-testid="criteria-import-file"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{file ? file.name : t('import.dropHint')}</p>
              <p className="ant-upload-hint">{t('import.formats')}</p>
            </Upload.Dragger>
          </Spin>
          {preview.error ? <ErrorAlert error={preview.error} style={{ marginTop: 16 }} /> : null}
          {isApiError(preview.error) && preview.error.errors.length > 0 ? (
            <div style={{ marginTop: 8 }}>
              <RowErrorsTable errors={preview.error.errors} />
            </div>
          ) : null}
        </div>
      ) : null}

      {step === 1 && data ? (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Text data-testid="criteria-preview-summary">
            <strong>{file?.name}</strong>:{' '}
            {t('criteria.import.summary', { rows: data.rows, nodes: countNodes(data.nodes), total: formatPoints(data.totalMaxPoints) })}
          </Typography.Text>
          {data.errors.length > 0 ? (
            <div data-testid="criteria-preview-errors">
              <Alert type="error" showIcon title={t('criteria.import.errorsTitle', { count: data.errors.length })} style={{ marginBottom: 8 }} />
              <RowErrorsTable errors={data.errors} />
            </div>
          ) : data.nodes.length === 0 ? (
            <Alert type="warning" showIcon title={t('criteria.import.emptyFile')} />
          ) : (
            <Alert type="success" showIcon title={t('criteria.import.noErrors')} />
          )}
          {data.warnings.length > 0 ? (
            <div data-testid="criteria-preview-warnings">
              <Alert type="warning" showIcon title={t('criteria.import.warningsTitle', { count: data.warnings.length })} style={{ marginBottom: 8 }} />
              <RowErrorsTable errors={data.warnings} />
            </div>
          ) : null}
          <CriteriaTreeTable rows={rows} showDetails={false} testId="criteria-preview" />
        </Space>
      ) : null}

      {/* kept mounted (hidden) so that the values survive going back to the preview */}
      <div style={{ display: step === 2 ? 'block' : 'none' }}>
        <Typography.Paragraph type="secondary">{t('criteria.import.confirmHint')}</Typography.Paragraph>
        <Form<ConfirmValues> form={form} layout="vertical" name="criteria-import" disabled={importSet.isPending} style={{ maxWidth: 640 }}>
          <Form.Item
            name="name"
            htmlFor="import-name"
            label={t('criteria.name')}
            rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 255 }]}
          >
            <Input id="import-name" maxLength={255} placeholder={t('criteria.namePlaceholder')} />
          </Form.Item>
          <Form.Item name="year" htmlFor="import-year" label={t('criteria.year')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber<number> id="import-year" min={2000} max={2100} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="level" htmlFor="import-level" label={t('criteria.level')} rules={[{ required: true, message: t('validation.required') }]}>
            <Select id="import-level" options={levelOptions(levels)} placeholder={t('criteria.levelPlaceholder')} />
          </Form.Item>
        </Form>
        {importSet.error ? (
          <div data-testid="criteria-import-errors">
            <ErrorAlert error={importSet.error} style={{ marginBottom: 8 }} />
            {importErrors.length > 0 ? (
              <>
                <Typography.Paragraph type="secondary">{t('criteria.import.failed')}</Typography.Paragraph>
                <RowErrorsTable errors={importErrors} />
              </>
            ) : null}
          </div>
        ) : null}
      </div>
    </Modal>
  );
}
