import { CheckOutlined, RollbackOutlined, SendOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Flex, Form, Input, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDate } from '@/lib/format';
import { useIsPhone } from '@/lib/use-is-phone';
import { type StepAction, useAssignStep, useStepAction } from '../hooks/use-improvement-task';
import type { OpenStep, TaskView } from '../types';
import { pendingSupportingUnits } from '../utils/inbox';
import { StepRoleTag } from './inbox-tags';

const errorText = (error: unknown, fallback: string) => (isApiError(error) ? error.errors[0]?.message || error.detail || error.title : fallback);

/** The DOM id of a step's text box: the first step of a role gets the plain id (report-text, review-comment…). */
export function stepInputId(base: string, index: number) {
  return index === 0 ? base : `${base}-${index + 1}`;
}

type FormProps = { task: TaskView; step: OpenStep; index: number };

function ReportForm({ task, step, index }: FormProps) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const phone = useIsPhone();
  const action = useStepAction();
  const [text, setText] = useState(task.report ?? '');
  const [error, setError] = useState<string>();
  const id = stepInputId('report-text', index);
  const submit = () => {
    if (!text.trim()) return setError(t('tasks.actions.reportRequired'));
    setError(undefined);
    const send = () =>
      action.mutate(
        { action: 'report', workItemId: step.workItemId, text: text.trim() },
        {
          onSuccess: () => void message.success(t('tasks.actions.reported')),
          onError: (e) => setError(errorText(e, t('errors.unexpected'))),
        },
      );
    // a final step: say what follows (the review; no change until returned) and how much evidence goes with it
    void modal.confirm({
      title: t('tasks.confirm.reportTitle'),
      content: (
        <div data-testid="confirm-report">
          <p style={{ marginTop: 0 }}>{t('tasks.confirm.reportBody')}</p>
          {task.attachments.length === 0 ? (
            <Typography.Text strong style={{ color: '#ad4e00' }}>
              {t('tasks.confirm.noEvidence')}
            </Typography.Text>
          ) : (
            <Typography.Text>{t('tasks.confirm.evidence', { count: task.attachments.length })}</Typography.Text>
          )}
        </div>
      ),
      okText: t('tasks.actions.reportSubmit'),
      cancelText: t('common.cancel'),
      onOk: send,
    });
  };
  return (
    <div data-testid="report-form">
      {task.status === 'RETURNED' && task.reviewComment ? (
        <Alert type="warning" showIcon title={t('tasks.actions.returnedHint')} description={task.reviewComment} style={{ marginBottom: 12 }} />
      ) : null}
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
        <Typography.Text strong>{t('tasks.actions.reportLabel')}</Typography.Text>
      </label>
      <Input.TextArea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 4, maxRows: 12 }}
        maxLength={10000}
        style={phone ? { fontSize: 16 } : undefined}
        placeholder={t('tasks.actions.reportPlaceholder')}
        status={error ? 'error' : undefined}
        disabled={action.isPending}
      />
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px', fontSize: 12 }}>
        {t('tasks.actions.reportHint')}
      </Typography.Paragraph>
      <Button
        type="primary"
        icon={<SendOutlined />}
        loading={action.isPending}
        onClick={submit}
        block={phone}
        size={phone ? 'large' : undefined}
        data-testid={index === 0 ? 'report-submit' : `report-submit-${index + 1}`}
      >
        {t('tasks.actions.reportSubmit')}
      </Button>
    </div>
  );
}

function ContributeForm({ step, index }: FormProps) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const action = useStepAction();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const id = stepInputId('contribute-note', index);
  const submit = () => {
    setError(undefined);
    action.mutate(
      { action: 'contribute', workItemId: step.workItemId, text: text.trim() },
      {
        onSuccess: () => void message.success(t('tasks.actions.contributed')),
        onError: (e) => setError(errorText(e, t('errors.unexpected'))),
      },
    );
  };
  return (
    <div data-testid="contribute-form">
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
        <Typography.Text strong>{t('tasks.actions.contributeLabel')}</Typography.Text>
      </label>
      <Input.TextArea
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={4000}
        placeholder={t('tasks.actions.contributePlaceholder')}
        disabled={action.isPending}
      />
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
      <div style={{ marginTop: 8 }}>
        <Button type="primary" icon={<CheckOutlined />} loading={action.isPending} onClick={submit} data-testid={index === 0 ? 'contribute-submit' : `contribute-submit-${index + 1}`}>
          {t('tasks.actions.contributeSubmit')}
        </Button>
      </div>
    </div>
  );
}

function ReviewForm({ task, step, index }: FormProps) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const phone = useIsPhone();
  const action = useStepAction();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState<StepAction>();
  const id = stepInputId('review-comment', index);
  const run = (kind: 'accept' | 'return') => {
    if (kind === 'return' && !comment.trim()) return setError(t('tasks.actions.returnNeedsComment'));
    setError(undefined);
    const send = () => {
      setPending(kind);
      action.mutate(
        { action: kind, workItemId: step.workItemId, text: comment.trim() },
        {
          onSuccess: () => void message.success(t(kind === 'accept' ? 'tasks.actions.accepted' : 'tasks.actions.returned')),
          onError: (e) => setError(errorText(e, t('errors.unexpected'))),
          onSettled: () => setPending(undefined),
        },
      );
    };
    const pendingUnits = pendingSupportingUnits(task);
    void modal.confirm({
      title: t(kind === 'accept' ? 'tasks.confirm.acceptTitle' : 'tasks.confirm.returnTitle'),
      content:
        kind === 'accept' ? (
          <div data-testid="confirm-accept">
            <p style={{ marginTop: 0 }}>{t('tasks.confirm.acceptBody', { unit: task.leadUnit ?? '' })}</p>
            {pendingUnits.length > 0 ? (
              <>
                <Typography.Text strong style={{ color: '#ad4e00' }} data-testid="confirm-pending-units">
                  {t('tasks.confirm.pendingSupport', { count: pendingUnits.length })}
                </Typography.Text>
                <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
                  {pendingUnits.map((unit) => (
                    <li key={unit}>{unit}</li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : (
          <div data-testid="confirm-return">
            <p style={{ marginTop: 0 }}>{t('tasks.confirm.returnBody', { unit: task.leadUnit ?? '' })}</p>
          </div>
        ),
      okText: t(kind === 'accept' ? 'tasks.actions.accept' : 'tasks.actions.return'),
      okButtonProps: kind === 'return' ? { danger: true } : undefined,
      cancelText: t('common.cancel'),
      onOk: send,
    });
  };
  return (
    <div data-testid="review-form">
      {!task.report ? <Alert type="info" showIcon title={t('tasks.report.none')} style={{ marginBottom: 12 }} /> : null}
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
        <Typography.Text strong>{t('tasks.actions.reviewLabel')}</Typography.Text>
      </label>
      <Input.TextArea
        id={id}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        autoSize={{ minRows: 3, maxRows: 10 }}
        maxLength={4000}
        placeholder={t('tasks.actions.reviewHint')}
        status={error ? 'error' : undefined}
        disabled={action.isPending}
      />
      {error ? <Typography.Text type="danger">{error}</Typography.Text> : null}
      <Space style={{ marginTop: 8, display: phone ? 'flex' : undefined }} orientation={phone ? 'vertical' : 'horizontal'}>
        <Button
          type="primary"
          block={phone}
          size={phone ? 'large' : undefined}
          icon={<CheckOutlined />}
          loading={pending === 'accept'}
          disabled={action.isPending && pending !== 'accept'}
          onClick={() => run('accept')}
          data-testid={index === 0 ? 'review-accept' : `review-accept-${index + 1}`}
        >
          {t('tasks.actions.accept')}
        </Button>
        <Button
          danger
          block={phone}
          size={phone ? 'large' : undefined}
          icon={<RollbackOutlined />}
          loading={pending === 'return'}
          disabled={action.isPending && pending !== 'return'}
          onClick={() => run('return')}
          data-testid={index === 0 ? 'review-return' : `review-return-${index + 1}`}
        >
          {t('tasks.actions.return')}
        </Button>
      </Space>
    </div>
  );
}

type AssignValues = { assignee?: string; followUpDate?: Dayjs | null };

/** Hands the step to a person of the unit and/or sets a follow-up date. */
function AssignForm({ step }: { step: OpenStep }) {
  const { t } = useTranslation();
  const { message } = useFeedback();
  const assign = useAssignStep();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<AssignValues>();
  if (!open) {
    return (
      <Button type="link" size="small" icon={<UserAddOutlined />} onClick={() => setOpen(true)} style={{ paddingInline: 0 }} data-testid="assign-open">
        {t('tasks.actions.assignTitle')}
      </Button>
    );
  }
  const submit = (values: AssignValues) =>
    assign.mutate(
      {
        workItemId: step.workItemId,
        body: { assignee: values.assignee?.trim() || null, followUpDate: values.followUpDate ? values.followUpDate.format('YYYY-MM-DD') : null },
      },
      {
        onSuccess: () => {
          void message.success(t('tasks.actions.assigned'));
          setOpen(false);
        },
        onError: (e) => void message.error(errorText(e, t('errors.unexpected')), 6),
      },
    );
  return (
    <Form<AssignValues> form={form} layout="inline" onFinish={submit} disabled={assign.isPending} style={{ rowGap: 8 }} data-testid="assign-form">
      <Form.Item name="assignee" label={t('tasks.actions.assignee')}>
        <Input placeholder={t('tasks.actions.assigneePlaceholder')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="followUpDate" label={t('tasks.actions.followUp')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button htmlType="submit" type="primary" loading={assign.isPending}>
            {t('tasks.actions.assign')}
          </Button>
          <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
        </Space>
      </Form.Item>
    </Form>
  );
}

/** One form per open step the caller may act on: report (LEAD), contribution (SUPPORT), review (REVIEW). */
export function TaskActionPanel({ task }: { task: TaskView }) {
  const { t } = useTranslation();
  const seen: Record<string, number> = {};
  return (
    <Card size="small" title={t('tasks.actions.title')} data-testid="task-actions">
      {task.openSteps.length === 0 ? (
        <Typography.Text type="secondary" data-testid="task-no-actions">
          {t('tasks.actions.none')}
        </Typography.Text>
      ) : (
        <Flex vertical gap={16}>
          {task.openSteps.map((step) => {
            const index = seen[step.role] ?? 0;
            seen[step.role] = index + 1;
            return (
              <div key={step.workItemId} data-testid={`open-step-${step.role}`} data-work-item={step.workItemId}>
                <Space wrap style={{ marginBottom: 8 }}>
                  <StepRoleTag role={step.role} />
                  <Typography.Text strong>{step.name}</Typography.Text>
                  {step.unit ? <Typography.Text type="secondary">{step.unit}</Typography.Text> : null}
                  {step.dueDate ? <Typography.Text type="secondary">· {t('tasks.due', { date: formatDate(step.dueDate) })}</Typography.Text> : null}
                </Space>
                {step.role === 'LEAD' ? <ReportForm task={task} step={step} index={index} /> : null}
                {step.role === 'SUPPORT' ? <ContributeForm task={task} step={step} index={index} /> : null}
                {step.role === 'REVIEW' ? <ReviewForm task={task} step={step} index={index} /> : null}
                {step.role !== 'REVIEW' ? (
                  <div style={{ marginTop: 8 }}>
                    <AssignForm step={step} />
                  </div>
                ) : null}
              </div>
            );
          })}
        </Flex>
      )}
    </Card>
  );
}
