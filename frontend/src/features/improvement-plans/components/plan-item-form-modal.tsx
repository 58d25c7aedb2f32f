import { Alert, DatePicker, Form, Input, Modal, Select, Typography, type ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/ui/error-alert';
import { confirmStaleChoice } from '@/components/ui/stale-choice';
import { PointsInput } from '@/components/ui/points-input';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { applyFieldErrors } from '@/lib/form-errors';
import { formatPoints } from '@/lib/format';
import { buildUnitTree, flattenUnitTree } from '@/lib/unit-tree';
import type { Unit } from '@/lib/units';
import { useUpdatePlanItem } from '../hooks/use-plan';
import type { PlanItem, UpdatePlanItemRequest } from '../types';

type Values = {
  target: number | null;
  tasks?: string;
  leadUnitIds: number[];
  supportingUnitIds: number[];
  expectedOutput?: string;
  requirement?: string;
  deadlineText?: string;
  deadlineDue: Dayjs | null;
};

const FIELDS = ['target', 'tasks', 'leadUnitIds', 'supportingUnitIds', 'expectedOutput', 'requirement', 'deadlineText', 'deadlineDue'];

const orNull = (value: string | undefined) => (value && value.trim() ? value.trim() : null);

export function toItemRequest(values: Values, version: number | null = null): UpdatePlanItemRequest {
  return {
    target: values.target ?? null,
    tasks: orNull(values.tasks),
    leadUnitIds: values.leadUnitIds ?? [],
    supportingUnitIds: values.supportingUnitIds ?? [],
    expectedOutput: orNull(values.expectedOutput),
    requirement: orNull(values.requirement),
    deadlineText: orNull(values.deadlineText),
    deadlineDue: values.deadlineDue ? values.deadlineDue.format('YYYY-MM-DD') : null,
    version,
  };
}

/** The current item when a save was refused because someone saved it after this editor read it. */
export function staleItem(error: unknown, itemId: number): PlanItem | undefined {
  if (!isApiError(error) || error.status !== 409 || !error.current) return undefined;
  const current = error.current as { items?: PlanItem[] };
  return current.items?.find((i) => i.id === itemId);
}

type Props = { planId: number; item: PlanItem | null; units: Unit[]; onClose: () => void };

/** Edits a row of a draft plan: target, tasks, units, output, requirement and deadline. */
export function PlanItemFormModal({ planId, item, units, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const [form] = Form.useForm<Values>();
  const save = useUpdatePlanItem(planId);
  const [unmatched, setUnmatched] = useState<string[]>([]);
  const leadUnitIds = Form.useWatch('leadUnitIds', form);

  const unitOptions = useMemo(
    () => flattenUnitTree(buildUnitTree(units)).map((u) => ({ value: u.id, label: `${'  '.repeat(u.depth)}${u.name}` })),
    [units],
  );

  useEffect(() => {
    if (!item) return;
    setUnmatched([]);
    save.reset();
    form.resetFields();
    form.setFieldsValue({
      target: item.target,
      tasks: item.tasks ?? '',
      leadUnitIds: item.leadUnitIds,
      supportingUnitIds: item.supportingUnitIds,
      expectedOutput: item.expectedOutput ?? '',
      requirement: item.requirement ?? '',
      deadlineText: item.deadline.text ?? '',
      // the view has no "due date set by hand": a DATE deadline's first due is that date, so it round-trips
      deadlineDue: item.deadline.setDue ? dayjs(item.deadline.setDue) : null,
    });
  }, [item]);

  const submit = async () => {
    if (!item || item.id === null) return;
    const values = await form.validateFields();
    // a new deadline text is read again by the backend unless a date is also picked
    if (form.isFieldTouched('deadlineText') && !form.isFieldTouched('deadlineDue')) values.deadlineDue = null;
    send(item, values, item.version ?? null);
  };

  const send = (item: PlanItem, values: Values, version: number | null) => {
    const label = item.code ?? item.title;
    save.mutate(
      { itemId: item.id!, body: toItemRequest(values, version) },
      {
        onSuccess: () => {
          void message.success(t('plans.edit.saved', { code: label }));
          onClose();
        },
        onError: (error) => {
          const current = staleItem(error, item.id!);
          if (current) {
            chooseOnStale(item, values, current, error);
            return;
          }
          setUnmatched(applyFieldErrors(form, error, FIELDS));
        },
      },
    );
  };

  /** Both values side by side (the same dialog as the sheet's); keep mine saves over the current version. */
  const chooseOnStale = (item: PlanItem, values: Values, current: PlanItem, error: unknown) => {
    const detail = isApiError(error) ? error.errors.find((e) => e.field === 'version')?.message ?? '' : '';
    confirmStaleChoice(modal, {
      title: t('plans.edit.staleTitle', { code: item.code ?? item.title }),
      rows: [
        {
          key: item.code ?? String(item.id),
          text: t('plans.edit.staleItem', {
            mine: toItemRequest(values).tasks ?? '—',
            theirs: current.tasks ?? '—',
            mineTarget: formatPoints(values.target ?? null),
            theirsTarget: formatPoints(current.target),
            detail,
          }),
        },
      ],
      onKeepMine: () => send(item, values, current.version ?? null),
      onTakeTheirs: () => onClose(),
    });
  };

  return (
    <Modal
      open={item !== null}
      title={item ? t('plans.edit.title', { code: item.code ?? item.title }) : ''}
      onCancel={onClose}
      onOk={() => void submit().catch(() => undefined)}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      width={760}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'item-save' } as ButtonProps}
    >
      {item ? (
        <>
          <Typography.Paragraph>
            <strong>{item.title}</strong>
            {item.max !== null ? (
              <Typography.Text type="secondary">
                {' '}
                · {t('plans.items.max')} {formatPoints(item.max)} · {t('plans.items.achieved')} {formatPoints(item.achieved)}
              </Typography.Text>
            ) : null}
          </Typography.Paragraph>
          {save.error && !(isApiError(save.error) && save.error.errors.length > 0) ? <ErrorAlert error={save.error} style={{ marginBottom: 12 }} /> : null}
          {unmatched.length > 0 ? <Alert type="error" showIcon title={unmatched.join(' · ')} style={{ marginBottom: 12 }} /> : null}
          <Form<Values> form={form} layout="vertical" name="plan-item" disabled={save.isPending}>
            <Form.Item name="target" label={t('plans.items.target')}>
              <PointsInput max={item.max ?? undefined} style={{ width: 160 }} />
            </Form.Item>
            <Form.Item name="tasks" label={t('plans.items.tasks')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
            <Form.Item
              name="leadUnitIds"
              label={t('plans.items.lead')}
              extra={[item.leadText ? t('plans.edit.leadText', { text: item.leadText }) : null, item.unitNote ? t('plans.edit.unitNote', { note: item.unitNote }) : null]
                .filter(Boolean)
                .join(' · ') || t('plans.edit.leadHint')}
            >
              <Select<number[]>
                mode="multiple"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={unitOptions}
                placeholder={t('plans.edit.selectLead')}
                maxTagCount={6}
                data-testid="item-leads"
              />
            </Form.Item>
            <Form.Item name="supportingUnitIds" label={t('plans.items.supporting')}>
              <Select<number[]>
                mode="multiple"
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={unitOptions.map((o) => ({ ...o, disabled: (leadUnitIds ?? []).includes(o.value) }))}
                placeholder={t('plans.edit.selectSupporting')}
              />
            </Form.Item>
            <Form.Item name="expectedOutput" label={t('plans.items.output')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Form.Item name="requirement" label={t('plans.items.requirement')}>
              <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
            </Form.Item>
            <Form.Item name="deadlineText" label={t('plans.edit.deadlineText')}>
              <Input />
            </Form.Item>
            <Form.Item name="deadlineDue" label={t('plans.edit.deadlineDue')} extra={t('plans.edit.deadlineDueHint')}>
              <DatePicker format="DD/MM/YYYY" defaultPickerValue={dayjs()} />
            </Form.Item>
          </Form>
        </>
      ) : null}
    </Modal>
  );
}
