import { type ButtonProps, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import type { ExplanationRequestBody } from '../types';

type Values = { request: string; dueDate: Dayjs };

/** The council asks the unit to explain: what, and by when (today or later). */
export function ExplanationRequestModal({
  open,
  pending,
  error,
  onCancel,
  onSend,
}: {
  open: boolean;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  onSend: (body: ExplanationRequestBody) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  return (
    <Modal
      open={open}
      title={t('sheet.requestExplanation')}
      onCancel={onCancel}
      onOk={() => form.submit()}
      okText={t('sheet.requestExplanation')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      okButtonProps={{ 'data-testid': 'explanation-request-ok' } as ButtonProps}
      destroyOnHidden
    >
      {error ? <ErrorAlert error={error} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ dueDate: dayjs().add(3, 'day') }}
        onFinish={(v) => onSend({ request: v.request.trim(), dueDate: v.dueDate.format('YYYY-MM-DD') })}
      >
        <Form.Item name="request" label={t('sheet.request')} rules={[{ required: true, whitespace: true, message: t('sheet.requestRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} data-testid="explanation-request-text" />
        </Form.Item>
        <Form.Item name="dueDate" label={t('sheet.dueDate')} rules={[{ required: true, message: t('sheet.dueDateRequired') }]}>
          <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
