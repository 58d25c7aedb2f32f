import { Button, Card, Form, InputNumber, Radio, Select, Skeleton, Switch, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { usePolicy, useSavePolicy } from '../hooks/use-reminders';
import type { ReminderPolicy } from '../types';
import { POLICY_LIMITS, type PolicyField, type PolicyFormValues, toFormValues, toPolicyRequest, validatePolicy } from '../utils/policy';

const FIELDS = ['beforeDays', 'onDueDay', 'overdueEveryDays', 'escalateAfterDays', 'workingDays', 'shiftDueDate'] as const;

/** The global reminder policy (ADMIN, COORDINATOR). */
export function PolicyCard() {
  const { t } = useTranslation();
  const policy = usePolicy();
  return (
    <Card title={t('reminders.policy.title')} style={{ marginBottom: 16 }} data-testid="reminder-policy">
      {policy.error ? <ErrorAlert error={policy.error} /> : policy.data ? <PolicyForm policy={policy.data} /> : <Skeleton active />}
    </Card>
  );
}

export function PolicyForm({ policy }: { policy: ReminderPolicy }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const [form] = Form.useForm<PolicyFormValues>();
  const save = useSavePolicy();

  useEffect(() => form.setFieldsValue(toFormValues(policy)), [form, policy]);

  const rule = (field: PolicyField) => ({
    validator: () => {
      const error = validatePolicy(form.getFieldsValue(true) as PolicyFormValues)[field];
      return error ? Promise.reject(new Error(t(`reminders.policy.errors.${error}`, POLICY_LIMITS_TEXT))) : Promise.resolve();
    },
  });

  const onFinish = (values: PolicyFormValues) =>
    save.mutate(toPolicyRequest(values), {
      onSuccess: (saved) => {
        form.setFieldsValue(toFormValues(saved));
        void message.success(t('reminders.policy.saved'));
      },
      onError: (error) => {
        const rest = applyFieldErrors(form, error, FIELDS);
        if (rest.length > 0 || !isApiError(error) || error.errors.length === 0) {
          void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6);
        }
      },
    });

  return (
    <Form<PolicyFormValues> form={form} layout="vertical" initialValues={toFormValues(policy)} onFinish={onFinish} style={{ maxWidth: 640 }}>
      <Form.Item
        name="beforeDays"
        label={t('reminders.policy.beforeDays')}
        extra={t('reminders.policy.beforeDaysHint')}
        rules={[rule('beforeDays')]}
      >
        <Select<(string | number)[]>
          mode="tags"
          tokenSeparators={[',', ' ', ';']}
          open={false}
          suffixIcon={null}
          placeholder={t('reminders.policy.beforeDaysPlaceholder')}
          aria-label={t('reminders.policy.beforeDays')}
          data-testid="policy-before-days"
        />
      </Form.Item>
      <Form.Item name="onDueDay" label={t('reminders.policy.onDueDay')} valuePropName="checked">
        <Switch data-testid="policy-on-due-day" />
      </Form.Item>
      <Form.Item
        name="overdueEveryDays"
        label={t('reminders.policy.overdueEveryDays')}
        extra={t('reminders.policy.overdueEveryDaysHint')}
        rules={[rule('overdueEveryDays')]}
      >
        <InputNumber min={0} step={1} precision={0} style={{ width: 140 }} aria-label={t('reminders.policy.overdueEveryDays')} data-testid="policy-overdue-every" />
      </Form.Item>
      <Form.Item
        name="escalateAfterDays"
        label={t('reminders.policy.escalateAfterDays')}
        extra={t('reminders.policy.escalateAfterDaysHint')}
        rules={[rule('escalateAfterDays')]}
      >
        <InputNumber min={0} step={1} precision={0} style={{ width: 140 }} aria-label={t('reminders.policy.escalateAfterDays')} data-testid="policy-escalate-after" />
      </Form.Item>
      <Form.Item name="workingDays" label={t('reminders.policy.countDays')}>
        <Radio.Group
          options={[
            { value: true, label: t('reminders.policy.workingDays') },
            { value: false, label: t('reminders.policy.calendarDays') },
          ]}
        />
      </Form.Item>
      <Form.Item name="shiftDueDate" label={t('reminders.policy.shiftDueDate')} extra={t('reminders.policy.shiftDueDateHint')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('reminders.policy.note')}
      </Typography.Paragraph>
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="policy-save">
        {t('common.save')}
      </Button>
    </Form>
  );
}

const POLICY_LIMITS_TEXT = {
  count: POLICY_LIMITS.beforeDaysCount,
  min: POLICY_LIMITS.beforeDays.min,
  max: POLICY_LIMITS.beforeDays.max,
  overdueMax: POLICY_LIMITS.overdueEveryDays.max,
  escalateMax: POLICY_LIMITS.escalateAfterDays.max,
};
