import { Alert, type ButtonProps, Checkbox, Form, Input, InputNumber, Modal, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { useLevelName } from '../hooks/use-level-name';
import { useCreateMovement } from '../hooks/use-movements';
import { type CreateMovementRequest, type Level, LEVELS, type MovementDetail, SEED_004_LEVELS } from '../types';

/** The title of the province's movement (seed 004). */
export const DEFAULT_MOVEMENT_NAME = 'Nâng cao trách nhiệm người đứng đầu trong thực hiện các nhiệm vụ cải cách hành chính';
export const DEFAULT_AWARD_LIMIT = 10;
const FIELDS = ['year', 'name', 'levels', 'awardLimit'];

type Values = { year: number; name: string; levels: Level[]; awardLimit: number };

export function CreateMovementModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (m: MovementDetail) => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<Values>();
  const create = useCreateMovement();
  const levelName = useLevelName();
  const [unmatched, setUnmatched] = useState<string[]>([]);

  const close = () => {
    form.resetFields();
    setUnmatched([]);
    create.reset();
    onClose();
  };

  const onFinish = (v: Values) => {
    const body: CreateMovementRequest = { year: v.year, name: v.name.trim(), levels: v.levels ?? [], awardLimit: v.awardLimit };
    setUnmatched([]);
    create.mutate(body, {
      onSuccess: (movement) => {
        void message.success(t('emulation.created', { name: movement.name }));
        form.resetFields();
        onCreated(movement);
      },
      onError: (error) => setUnmatched(applyFieldErrors(form, error, FIELDS)),
    });
  };

  return (
    <Modal
      open={open}
      title={t('emulation.form.title')}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('emulation.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'emulation-create-ok' } as ButtonProps}
      width={640}
      destroyOnHidden
    >
      {create.error && !(isApiError(create.error) && create.error.errors.length > 0) ? (
        <ErrorAlert error={create.error} style={{ marginBottom: 12 }} />
      ) : null}
      {unmatched.length > 0 ? <Alert type="error" showIcon title={unmatched.join('; ')} style={{ marginBottom: 12 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={{ year: new Date().getFullYear(), name: DEFAULT_MOVEMENT_NAME, levels: SEED_004_LEVELS, awardLimit: DEFAULT_AWARD_LIMIT }}
        data-testid="emulation-form"
      >
        <Form.Item name="name" label={t('emulation.name')} rules={[{ required: true, whitespace: true, message: t('emulation.form.nameRequired') }]}>
          <Input.TextArea autoSize maxLength={500} data-testid="emulation-name" />
        </Form.Item>
        <Space wrap align="start" size="middle">
          <Form.Item name="year" label={t('emulation.year')} rules={[{ required: true, message: t('validation.required') }]}>
            <InputNumber<number> min={2000} max={2100} precision={0} data-testid="emulation-year" />
          </Form.Item>
          <Form.Item
            name="awardLimit"
            label={t('emulation.awardLimit')}
            extra={t('emulation.form.awardLimitHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber<number> min={1} max={1000} precision={0} data-testid="emulation-award-limit" />
          </Form.Item>
        </Space>
        <Form.Item
          name="levels"
          label={t('emulation.levels')}
          extra={t('emulation.form.levelsHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('emulation.form.levelsRequired') }]}
        >
          <Checkbox.Group options={LEVELS.map((level) => ({ value: level, label: levelName(level) }))} data-testid="emulation-levels" />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('emulation.form.templateHint')}
        </Typography.Paragraph>
      </Form>
    </Modal>
  );
}
