import { Button, Card, Form, InputNumber, Radio, Select, Skeleton, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { confirmStaleChoice, type StaleRow } from '@/components/ui/stale-choice';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { usePolicy, useSavePolicy } from '../hooks/use-reminders';
import type { PolicyRequest, ReminderPolicy } from '../types';
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
  const { message, modal } = useFeedback();
  const [form] = Form.useForm<PolicyFormValues>();
  const save = useSavePolicy();
  // the version this form's values are based on: sent with a save, a stale one is a 409
  const [version, setVersion] = useState<number | null>(policy.version ?? null);

  useEffect(() => {
    form.setFieldsValue(toFormValues(policy));
    setVersion(policy.version ?? null);
  }, [form, policy]);

  const rule = (field: PolicyField) => ({
    validator: () => {
      const error = validatePolicy(form.getFieldsValue(true) as PolicyFormValues)[field];
      return error ? Promise.reject(new Error(t(`reminders.policy.errors.${error}`, POLICY_LIMITS_TEXT))) : Promise.resolve();
    },
  });

  const onFinish = (values: PolicyFormValues) => send(toPolicyRequest(values), version);

  const send = (body: PolicyRequest, basedOn: number | null) =>
    save.mutate(
      { ...body, version: basedOn },
      {
        onSuccess: (saved) => {
          form.setFieldsValue(toFormValues(saved));
          setVersion(saved.version ?? null);
          void message.success(t('reminders.policy.saved'));
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 409 && error.current) {
            chooseOnStale(body, error.current as ReminderPolicy, error.errors.find((e) => e.field === 'version')?.message ?? '');
            return;
          }
          const rest = applyFieldErrors(form, error, FIELDS);
          if (rest.length > 0 || !isApiError(error) || error.errors.length === 0) {
            void message.error(isApiError(error) ? error.detail || error.title : t('errors.unexpected'), 6);
          }
        },
      },
    );

  /** Both values of what differs (the sheet's dialog); keep mine saves over the current version. */
  const chooseOnStale = (mine: PolicyRequest, current: ReminderPolicy, detail: string) => {
    const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
    const pairs: [string, string, string][] = [
      ['beforeDays', mine.beforeDays.join(', ') || '—', current.beforeDays.join(', ') || '—'],
      ['onDueDay', yesNo(mine.onDueDay), yesNo(current.onDueDay)],
      ['overdueEveryDays', String(mine.overdueEveryDays), String(current.overdueEveryDays)],
      ['escalateAfterDays', String(mine.escalateAfterDays), String(current.escalateAfterDays)],
      ['workingDays', yesNo(mine.workingDays), yesNo(current.workingDays)],
      ['shiftDueDate', yesNo(mine.shiftDueDate), yesNo(current.shiftDueDate)],
    ];
    const rows: StaleRow[] = pairs
      .filter(([, a, b]) => a !== b)
      .map(([field, a, b]) => ({ key: field, text: t('reminders.policy.staleField', { field: t(`reminders.policy.staleFields.${field}`), mine: a, theirs: b }) }));
    if (detail) rows.push({ key: 'by', text: detail });
    confirmStaleChoice(modal, {
      title: t('reminders.policy.staleTitle'),
      rows,
      onKeepMine: () => send(mine, current.version ?? null),
      onTakeTheirs: () => {
        form.setFieldsValue(toFormValues(current));
        setVersion(current.version ?? null);
      },
    });
  };

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
