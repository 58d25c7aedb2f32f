import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Spin, Table, Typography, Upload, type UploadFile } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiFieldError, isApiError } from '@/lib/api-client';
import { ErrorAlert } from '@/components/ui/error-alert';

export type ImportResult = { created: number; updated: number };

export type ImportColumn = { name: string; hint?: string };

type Props<R> = {
  open: boolean;
  title: string;
  columns: ImportColumn[];
  /** link to a template (or the current data) to fill in; none when omitted */
  templateUrl?: string;
  /** file name of the downloaded template (for data: or blob: links) */
  templateFileName?: string;
  /** text of the template link; "Tải tệp mẫu (CSV)" by default */
  templateLabel?: string;
  upload: (file: File) => Promise<R>;
  onClose: () => void;
  onImported?: (result: R) => void;
  /** success text; by default "created …, updated …" of an ImportResult */
  describeResult?: (result: R) => string;
};

/**
 * Upload of a .csv or .xlsx file. The backend saves all rows or none: on 422 it lists the bad
 * cells (row, column, message), which are shown in a table.
 */
export function ImportDialog<R = ImportResult>({
  open,
  title,
  columns,
  templateUrl,
  templateFileName,
  templateLabel,
  upload,
  onClose,
  onImported,
  describeResult,
}: Props<R>) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const mutation = useMutation({
    mutationFn: (f: File) => upload(f),
    onSuccess: (result) => onImported?.(result),
  });

  const describe = (result: R) => {
    if (describeResult) return describeResult(result);
    const counts = result as unknown as ImportResult;
    return t('import.done', { created: counts.created, updated: counts.updated });
  };

  const close = () => {
    if (mutation.isPending) return;
    setFile(null);
    mutation.reset();
    onClose();
  };

  const error = mutation.error;
  const rowErrors: (ApiFieldError & { key: number })[] = isApiError(error) ? error.errors.map((e, key) => ({ ...e, key })) : [];
  const fileList: UploadFile[] = file ? [{ uid: 'import-file', name: file.name, status: 'done' }] : [];

  return (
    <Modal
      open={open}
      title={title}
      onCancel={close}
      width={760}
      destroyOnHidden
      mask={{ closable: !mutation.isPending }}
      footer={
        <Space>
          <Button onClick={close} disabled={mutation.isPending}>
            {t('common.close')}
          </Button>
          <Button
            type="primary"
            disabled={!file}
            loading={mutation.isPending}
            onClick={() => file && mutation.mutate(file)}
            data-testid="import-submit"
          >
            {t('import.submit')}
          </Button>
        </Space>
      }
    >
      <Typography.Paragraph>{t('import.intro')}</Typography.Paragraph>
      <Table
        size="small"
        pagination={false}
        bordered
        rowKey="name"
        dataSource={columns}
        columns={[
          { title: t('import.column'), dataIndex: 'name', width: 200, render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('import.columnHint'), dataIndex: 'hint' },
        ]}
        style={{ marginBottom: 12 }}
        data-testid="import-columns"
      />
      {templateUrl ? (
        <Typography.Paragraph>
          <a href={templateUrl} download={templateFileName ?? true}>
            <DownloadOutlined /> {templateLabel ?? t('import.downloadTemplate')}
          </a>
        </Typography.Paragraph>
      ) : null}

      <Spin spinning={mutation.isPending} description={t('import.inProgress')}>
        <Upload.Dragger
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple={false}
          fileList={fileList}
          beforeUpload={(f) => {
            setFile(f as File);
            mutation.reset();
            return false; // uploaded by the Import button, not by antd
          }}
          onRemove={() => {
            setFile(null);
            mutation.reset();
          }}
          disabled={mutation.isPending}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('import.dropHint')}</p>
          <p className="ant-upload-hint">{t('import.formats')}</p>
        </Upload.Dragger>
      </Spin>

      {mutation.isSuccess ? (
        <Alert
          style={{ marginTop: 16 }}
          type="success"
          showIcon
          title={describe(mutation.data)}
          data-testid="import-success"
        />
      ) : null}

      {error ? (
        <div style={{ marginTop: 16 }} data-testid="import-errors">
          <ErrorAlert error={error} />
          {rowErrors.length > 0 ? (
            <>
              <Typography.Paragraph style={{ marginTop: 8 }} type="secondary">
                {t('import.nothingSaved')}
              </Typography.Paragraph>
              <Table
                size="small"
                rowKey="key"
                dataSource={rowErrors}
                pagination={rowErrors.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
                columns={[
                  { title: t('import.row'), dataIndex: 'row', width: 80 },
                  { title: t('import.column'), dataIndex: 'column', width: 180, render: (v?: string, e?: ApiFieldError) => v ?? e?.field ?? '' },
                  { title: t('import.message'), dataIndex: 'message' },
                ]}
              />
            </>
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
