import { CameraOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useIsPhone } from '@/lib/use-is-phone';
import { taskAttachmentUrl } from '../api/download-task-attachment';
import { useUploadTaskAttachment } from '../hooks/use-improvement-task';
import type { TaskView } from '../types';

export const EVIDENCE_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'png', 'jpg', 'jpeg', 'txt', 'csv', 'zip'];
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
/** The file picker's filter: the extensions, plus any image and PDF so that phones offer the camera and the gallery. */
export const EVIDENCE_ACCEPT = ['image/*', 'application/pdf', ...EVIDENCE_EXTENSIONS.map((e) => `.${e}`)].join(',');

/** Why a file cannot be sent (checked again by the backend), or undefined. */
export function evidenceProblem(file: Pick<File, 'name' | 'size'>): 'badType' | 'tooLarge' | undefined {
  const extension = file.name.includes('.') ? file.name.slice(file.name.lastIndexOf('.') + 1).toLowerCase() : '';
  if (!EVIDENCE_EXTENSIONS.includes(extension)) return 'badType';
  if (file.size > EVIDENCE_MAX_BYTES) return 'tooLarge';
  return undefined;
}

/** 1536 → "1,5 KB" */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / 1024 / 1024, 1)} MB`;
}

/** The evidence files of the task: list with download links, and an upload while the task is not finished. */
export function TaskEvidence({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const upload = useUploadTaskAttachment(task.id);
  const finished = task.status === 'ACCEPTED' || task.status === 'CANCELLED';
  const phone = useIsPhone();

  const send = (file: File) => {
    const problem = evidenceProblem(file);
    if (problem) {
      void message.error(t(`tasks.evidence.${problem}`, { name: file.name }), 6);
      return;
    }
    upload.mutate(file, {
      onSuccess: () => void message.success(t('tasks.evidence.uploaded', { name: file.name })),
      onError: (error) => void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6),
    });
  };

  return (
    <Card size="small" title={t('tasks.evidence.title')} data-testid="task-evidence">
      {!finished ? (
        <div data-testid="evidence-upload" style={{ marginBottom: 12 }}>
          <Flex gap={8} wrap>
            {phone ? (
              // a phone opens its camera straight away for a photo of the signed paper
              <Upload
                accept="image/*"
                capture="environment"
                multiple={false}
                showUploadList={false}
                beforeUpload={(file) => {
                  send(file as File);
                  return false;
                }}
                disabled={upload.isPending}
                data-testid="evidence-camera"
              >
                <Button type="primary" size="large" icon={<CameraOutlined />} loading={upload.isPending}>
                  {t('tasks.evidence.takePhoto')}
                </Button>
              </Upload>
            ) : null}
            <Upload
              accept={EVIDENCE_ACCEPT}
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                send(file as File);
                return false; // sent by the mutation, not by antd
              }}
              disabled={upload.isPending}
            >
              <Button icon={<UploadOutlined />} size={phone ? 'large' : undefined} loading={upload.isPending}>
                {phone ? t('tasks.evidence.chooseFile') : t('tasks.evidence.upload')}
              </Button>
            </Upload>
          </Flex>
          <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12, marginTop: 4 }}>
            {t('tasks.evidence.hint')}
          </Typography.Text>
        </div>
      ) : null}
      {task.attachments.length === 0 ? (
        <Typography.Text type="secondary">{t('tasks.evidence.empty')}</Typography.Text>
      ) : (
        <Flex vertical gap={8} role="list" data-testid="evidence-list">
          {task.attachments.map((a) => (
            <Flex key={a.id} gap={8} align="baseline" role="listitem">
              <PaperClipOutlined />
              <div style={{ minWidth: 0 }}>
                <a href={taskAttachmentUrl(task.id, a.id)} download={a.filename} style={{ textDecoration: 'underline' }}>
                  {a.filename}
                </a>
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {formatSize(a.size)} · {t('tasks.evidence.by', { by: a.uploadedBy, date: formatDateTime(a.uploadedAt) })}
                </Typography.Text>
              </div>
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
