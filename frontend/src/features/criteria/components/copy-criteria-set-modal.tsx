import { Alert, Form, Input, InputNumber, Modal, Typography, type ButtonProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { applyFieldErrors } from '@/lib/form-errors';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useCopyCriteriaSet } from '../hooks/use-criteria-sets';
import type { CriteriaSet, CriteriaSetSummary } from '../types';
import { useFeedback } from '@/lib/feedback';

type FormValues = { name: string; year: number };

/** "Bộ tiêu chí cấp huyện năm 2025" → "… năm 2026"; a name without its year gets " (2026)". */
export function nameForYear(name: string, fromYear: number, toYear: number): string {
  const year = String(fromYear);
  return name.includes(year) ? name.split(year).join(String(toYear)) : `${name} (${toYear})`;
}

type Props = {
  source: CriteriaSetSummary | null;
  onClose: () => void;
  onCopied?: (set: CriteriaSet) => void;
};

export function CopyCriteriaSetModal({ source, onClose, onCopied }: Props) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<FormValues>();
  const copy = useCopyCriteriaSet();
  const [otherErrors, setOtherErrors] = useState<string[]>([]);

  useEffect(() => {
    if (!source) return;
    copy.reset();
    setOtherErrors([]);
    form.resetFields();
    form.setFieldsValue({ name: nameForYear(source.name, source.year, source.year + 1), year: source.year + 1 });
  }, [source]);

  const submit = async () => {
    if (!source) return;
    const values = await form.validateFields();
    setOtherErrors([]);
    copy.mutate(
      { id: source.id, body: { name: values.name.trim(), year: values.year } },
      {
        onSuccess: (created) => {
          void message.success(t('criteria.copied', { name: created.name }));
          onClose();
          onCopied?.(created);
        },
        onError: (error) => setOtherErrors(applyFieldErrors(form, error, ['name', 'year'])),
      },
    );
  };

  const error = copy.error;
  const showGenericError = error && !(isApiError(error) && error.status === 422 && error.errors.length > 0);

  return (
    <Modal
      open={source !== null}
      title={source ? t('criteria.copyTitle', { name: source.name }) : ''}
      okText={t('criteria.copy')}
      cancelText={t('common.cancel')}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={copy.isPending}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': 'criteria-copy-confirm' } as ButtonProps}
    >
      <Typography.Paragraph type="secondary">{t('criteria.copyHint')}</Typography.Paragraph>
      {showGenericError ? <ErrorAlert error={error} style={{ marginBottom: 16 }} /> : null}
      {otherErrors.length > 0 ? <Alert type="error" showIcon style={{ marginBottom: 16 }} title={otherErrors.join('; ')} /> : null}
      <Form<FormValues> form={form} layout="vertical" name="criteria-copy-form" disabled={copy.isPending}>
        <Form.Item name="name" label={t('criteria.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 255 }]}>
          <Input maxLength={255} />
        </Form.Item>
        <Form.Item name="year" label={t('criteria.year')} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber<number> min={2000} max={2100} precision={0} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
