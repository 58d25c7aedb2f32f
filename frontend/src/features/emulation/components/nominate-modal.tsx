import { Alert, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { useCreateNomination } from '../hooks/use-nominations';
import type { MovementDetail, ScoreboardRow } from '../types';

/** The API's words for a refusal (the 409 of a full list says how many may be proposed). */
export const apiMessage = (error: unknown, fallback: string) => (isApiError(error) ? error.detail || error.title : fallback);

/** "Đề nghị" from a scoreboard row: the reason, then POST; a refusal (409 over the limit) stays visible in the dialog. */
export function NominateModal({ movement, row, onClose }: { movement: MovementDetail; row: ScoreboardRow | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<{ reason: string }>();
  const create = useCreateNomination(movement.id);
  const refused = create.error && !(isApiError(create.error) && create.error.errors.length > 0) ? apiMessage(create.error, t('errors.unexpected')) : undefined;

  const close = () => {
    form.resetFields();
    create.reset();
    onClose();
  };

  const onFinish = ({ reason }: { reason: string }) => {
    if (!row) return;
    create.mutate(
      { unitId: row.unitId, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('emulation.nominations.created', { unit: row.unitName }));
          close();
        },
        onError: (error) => {
          applyFieldErrors(form, error, ['reason']);
          if (isApiError(error) && error.status === 409) void message.error(apiMessage(error, t('errors.unexpected')), 8);
        },
      },
    );
  };

  return (
    <Modal
      open={row !== undefined}
      title={row ? t('emulation.nominations.nominateTitle', { head: row.headName ?? '', unit: row.unitName }) : undefined}
      onCancel={close}
      onOk={() => form.submit()}
      okText={t('emulation.nominations.nominate')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      okButtonProps={{ 'data-testid': 'nominate-ok' } as ButtonProps}
      destroyOnHidden
    >
      {refused ? <Alert type="error" showIcon title={refused} style={{ marginBottom: 12 }} data-testid="nomination-error" role="alert" /> : null}
      {row ? (
        <Typography.Paragraph type="secondary">
          {t('emulation.scoreboard.metOf', { met: row.met, applicable: row.applicable })} · {t('emulation.nominations.count', { count: movement.nominationCount, limit: movement.awardLimit })}
        </Typography.Paragraph>
      ) : null}
      <Form form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="reason" label={t('emulation.nominations.reason')} rules={[{ required: true, whitespace: true, message: t('emulation.nominations.reasonRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} data-testid="nominate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
