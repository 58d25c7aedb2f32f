import { ArrowLeftOutlined, CheckCircleOutlined, MessageOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Collapse, Flex, Form, Input, Result, Space, Statistic, Tag, Typography } from 'antd';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { confirmStaleChoice } from '@/components/ui/stale-choice';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FullPageSpinner } from '@/components/ui/full-page-spinner';
import { isApiError } from '@/lib/api-client';
import { useFeedback } from '@/lib/feedback';
import { formatDate, formatDateTime, formatPoints } from '@/lib/format';
import { useCampaign, useCriteriaFields } from '../hooks/use-campaign';
import { useSheet, useSheetActions } from '../hooks/use-sheet';
import type { Sheet, SheetItem } from '../types';
import {
  type AnswerDraft,
  type AppraisalDraft,
  changedAnswers,
  changedAppraisals,
  currentAnswer,
  currentAppraisal,
  type Drafts,
  errorsByCode,
  groupByField,
  missingReasons,
  pointsAboveMax,
  staleSheet,
  totals,
} from '../utils/sheet-draft';
import { StepTag } from './campaign-tags';
import { parseId } from './campaign-detail-page';
import { ExplanationRequestModal } from './explanation-request-modal';
import { ItemHistoryDrawer } from './item-history-drawer';
import { SheetItemsTable } from './sheet-items-table';

/** Fields drawn with the page; the others follow at once (see `drawn`). A row is about this tall. */
const FIELDS_DRAWN_FIRST = 2;
const ROW_HEIGHT = 72;

const RED = '#cf1322';

export function AssessmentSheetPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = parseId(params.id);
  const unitId = parseId(params.unitId);
  const query = useSheet(id, unitId);
  if (id === undefined || unitId === undefined || (isApiError(query.error) && query.error.status === 404)) {
    return (
      <Result
        status="404"
        title={t('sheet.notFound')}
        extra={
          <Link to={id !== undefined ? `/campaigns/${id}` : '/campaigns'}>
            <Button type="primary">{t('sheet.back')}</Button>
          </Link>
        }
        data-testid="sheet-not-found"
      />
    );
  }
  if (query.isLoading) return <FullPageSpinner />;
  if (!query.data) return <ErrorAlert error={query.error} />;
  return <SheetView sheet={query.data} />;
}

const messageOf = (error: unknown, fallback: string) => (isApiError(error) ? error.detail || error.title : fallback);

/** Scrolls the first row with a problem into view (after the panels opened). */
function scrollToRow(code: string) {
  window.setTimeout(() => {
    const row = document.querySelector(`[data-testid="assessment-sheet"] tr[data-row-key="${CSS.escape(code)}"]`);
    if (row && 'scrollIntoView' in row && typeof row.scrollIntoView === 'function') row.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, 50);
}

export function SheetView({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const { message, modal } = useFeedback();
  const actions = useSheetActions(sheet.campaignId, sheet.unitId);
  const campaign = useCampaign(sheet.campaignId);
  const fields = useCriteriaFields(campaign.data?.criteriaSetId);
  const sipasCode = campaign.data?.sipasCode ?? null;

  const [answers, setAnswers] = useState<Drafts<AnswerDraft>>({});
  const [appraisals, setAppraisals] = useState<Drafts<AppraisalDraft>>({});
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [errorTitle, setErrorTitle] = useState<string>();
  const [uploading, setUploading] = useState<string>();
  const [explaining, setExplaining] = useState(false);
  const [historyOf, setHistoryOf] = useState<string>();
  const [replies, setReplies] = useState<Record<string, string>>({});
  const onItemReply = useCallback((item: SheetItem, reply: string) => setReplies((r) => ({ ...r, [item.code]: reply })), []);
  const onHistory = useCallback((item: SheetItem) => setHistoryOf(item.code), []);
  const [replyForm] = Form.useForm<{ reply: string }>();

  const groups = useMemo(() => groupByField(sheet.items), [sheet.items]);
  const [open, setOpen] = useState<string[]>(() => groups.map((g) => g.fieldCode));
  useEffect(() => setOpen((keys) => [...new Set([...keys, ...groups.map((g) => g.fieldCode)])]), [groups]);
  // The first fields are drawn at once, the others just after, in a transition that gives way to typing: the
  // person starts on field 1 while the rest of a 60-item sheet is drawn (until then each keeps its height)
  const [drawn, setDrawn] = useState(FIELDS_DRAWN_FIRST);
  useEffect(() => {
    if (drawn >= groups.length) return undefined;
    const later = setTimeout(() => startTransition(() => setDrawn(groups.length)));
    return () => clearTimeout(later);
  }, [drawn, groups.length]);

  const pendingAnswers = changedAnswers(sheet.items, answers);
  const pendingAppraisals = changedAppraisals(sheet.items, appraisals);
  const sum = totals(sheet.items, answers, appraisals);
  const showCouncil = sheet.step !== 'SELF_ASSESSMENT';
  const fieldTitle = (code: string) => fields.data?.find((f) => f.code === code)?.title;

  /** Marks the rows of a 422 (field = item code), opens their fields and scrolls to the first. */
  const showRowErrors = (error: unknown, title: (count: number) => string) => {
    const byCode = errorsByCode(error);
    const codes = sheet.items.map((i) => i.code).filter((c) => byCode[c]);
    setErrors(byCode);
    if (codes.length === 0) {
      setErrorTitle(undefined);
      void message.error(messageOf(error, t('errors.unexpected')), 8);
      return;
    }
    setErrorTitle(title(codes.length));
    const fieldsWithErrors = sheet.items.filter((i) => byCode[i.code]).map((i) => i.fieldCode);
    setOpen((keys) => [...new Set([...keys, ...fieldsWithErrors])]);
    scrollToRow(codes[0]);
  };

  const clearErrors = () => {
    setErrors({});
    setErrorTitle(undefined);
  };

  const onAnswer = useCallback(
    (item: SheetItem, patch: Partial<AnswerDraft>) => setAnswers((d) => ({ ...d, [item.code]: { ...currentAnswer(item, d), ...patch } })),
    [],
  );
  const onAppraise = useCallback(
    (item: SheetItem, patch: Partial<AppraisalDraft>) =>
      setAppraisals((d) => ({ ...d, [item.code]: { ...currentAppraisal(item, d), ...patch } })),
    [],
  );

  /** One PUT with the changed answers only; resolves false when it failed. */
  /** Points above an item's max stop the save, with the row's message (the box already says it). */
  const refuseAboveMax = (): boolean => {
    const above = pointsAboveMax(sheet.items, answers, appraisals);
    if (above.length === 0) return false;
    const item = (code: string) => sheet.items.find((i) => i.code === code);
    setErrors(Object.fromEntries(above.map((c) => [c, [t('validation.pointsMax', { max: formatPoints(item(c)?.maxPoints) })]])));
    setErrorTitle(t('sheet.invalidTitle', { count: above.length }));
    scrollToRow(above[0]);
    return true;
  };

  const saveAnswers = async (quiet = false): Promise<boolean> => {
    if (refuseAboveMax()) return false;
    if (pendingAnswers.length === 0) {
      if (!quiet) void message.info(t('sheet.nothingToSave'));
      return true;
    }
    try {
      await actions.save.mutateAsync(pendingAnswers);
      setAnswers({});
      clearErrors();
      if (!quiet) void message.success(t('sheet.saved', { count: pendingAnswers.length }));
      return true;
    } catch (error) {
      const current = staleSheet(error);
      if (current) chooseOnStale(current, error, 'answer');
      else showRowErrors(error, (count) => t('sheet.invalidTitle', { count }));
      return false;
    }
  };

  const onSubmit = async () => {
    if (!(await saveAnswers(true))) return;
    try {
      await actions.submit.mutateAsync();
      clearErrors();
      void message.success(t('sheet.submitted'));
    } catch (error) {
      showRowErrors(error, (count) => t('sheet.missingTitle', { count }));
    }
  };

  const onWithdraw = () =>
    actions.withdraw.mutate(undefined, {
      onSuccess: () => void message.success(t('sheet.withdrawn')),
      onError: (error) => void message.error(messageOf(error, t('errors.unexpected')), 8),
    });

  /** One PUT with the council's changed scores; a changed score needs a reason (checked here first). */
  const saveAppraisal = async (quiet = false): Promise<boolean> => {
    if (refuseAboveMax()) return false;
    if (pendingAppraisals.length === 0) {
      if (!quiet) void message.info(t('sheet.nothingToSave'));
      return true;
    }
    const changed = new Set(pendingAppraisals.map((a) => a.code));
    const noReason = missingReasons(sheet.items, appraisals).filter((c) => changed.has(c));
    if (noReason.length > 0) {
      const byCode = Object.fromEntries(noReason.map((c) => [c, [t('sheet.reasonRequired')]]));
      setErrors(byCode);
      setErrorTitle(t('sheet.invalidTitle', { count: noReason.length }));
      scrollToRow(noReason[0]);
      return false;
    }
    try {
      await actions.appraise.mutateAsync(pendingAppraisals);
      setAppraisals({});
      clearErrors();
      if (!quiet) void message.success(t('sheet.appraisalSaved', { count: pendingAppraisals.length }));
      return true;
    } catch (error) {
      const current = staleSheet(error);
      if (current) chooseOnStale(current, error, 'appraisal');
      else showRowErrors(error, (count) => t('sheet.invalidTitle', { count }));
      return false;
    }
  };
  const latestSaves = useRef({ saveAnswers, saveAppraisal });
  latestSaves.current = { saveAnswers, saveAppraisal };

  /**
   * Another person (or this person in another tab) saved some of these items after this page read
   * them: the page now shows the current sheet; for each item, this person's value and the current
   * one (who, when); keep mine saves again over the current version, take theirs drops the drafts.
   */
  const chooseOnStale = (current: Sheet, error: unknown, kind: 'answer' | 'appraisal') => {
    actions.replace(current);
    const byCode = errorsByCode(error);
    const codes = current.items.map((i) => i.code).filter((c) => byCode[c]);
    confirmStaleChoice(modal, {
      title: t('sheet.staleTitle', { count: codes.length }),
      rows: codes.map((code) => {
        const item = current.items.find((i) => i.code === code)!;
        const mine = kind === 'answer' ? answers[code]?.points : appraisals[code]?.appraisedPoints;
        const theirs = kind === 'answer' ? item.selfPoints : item.appraisedPoints;
        return {
          key: code,
          text: t('sheet.staleItem', {
            code,
            mine: formatPoints(mine ?? null),
            theirs: formatPoints(theirs),
            by: item.updatedBy ?? '',
            at: item.updatedAt ? formatDateTime(item.updatedAt) : '',
          }),
        };
      }),
      onKeepMine: () => (kind === 'answer' ? latestSaves.current.saveAnswers() : latestSaves.current.saveAppraisal()),
      onTakeTheirs: () => {
        const drop = <T,>(drafts: Drafts<T>) => Object.fromEntries(Object.entries(drafts).filter(([c]) => !codes.includes(c)));
        if (kind === 'answer') setAnswers(drop);
        else setAppraisals(drop);
      },
    });
  };

  const onAppraised = async () => {
    if (!(await saveAppraisal(true))) return;
    actions.appraised.mutate(undefined, {
      onSuccess: () => void message.success(t('sheet.appraisalDoneMessage')),
      onError: (error) => void message.error(messageOf(error, t('errors.unexpected')), 8),
    });
  };

  const upload = (item: SheetItem, file: File) => {
    setUploading(item.code);
    actions.upload.mutate(
      { code: item.code, file },
      {
        onSuccess: () => void message.success(t('sheet.uploaded', { name: file.name })),
        onError: (error) => void message.error(messageOf(error, t('errors.unexpected')), 8),
        onSettled: () => setUploading(undefined),
      },
    );
  };

  // a stable callback for the memoised tables, calling the latest upload
  const uploadRef = useRef(upload);
  uploadRef.current = upload;
  const onUpload = useCallback((item: SheetItem, file: File) => uploadRef.current(item, file), []);

  const onReply = ({ reply }: { reply: string }) =>
    actions.explain.mutate({
      reply: reply.trim(),
      items: Object.entries(replies).filter(([, text]) => text.trim()).map(([code, text]) => ({ code, reply: text.trim() })),
    }, {
      onSuccess: () => {
        replyForm.resetFields();
        setReplies({});
        void message.success(t('sheet.replied'));
      },
      onError: (error) => void message.error(messageOf(error, t('errors.unexpected')), 8),
    });

  const subtotal = (items: SheetItem[]) => totals(items, answers, appraisals, items[0]?.section != null);
  // round 1 closed with another round to follow: round 1 and the unit's explanations beside the current round
  const showRound1 = sheet.closedRound >= 1 && (sheet.appraisalRound > 1 || sheet.step === 'EXPLANATION');
  const savingAnswers = actions.save.isPending;

  return (
    <div data-testid="assessment-sheet">
      <Card size="small" style={{ position: 'sticky', top: 0, zIndex: 10, marginBottom: 16 }} data-testid="sheet-header">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <div style={{ minWidth: 0 }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('sheet.title', { unit: sheet.unitName })}
            </Typography.Title>
            <Space wrap size={8}>
              <Link to={`/campaigns/${sheet.campaignId}`}>
                <ArrowLeftOutlined /> {sheet.campaignName}
              </Link>
              <StepTag step={sheet.step} testId="sheet-step" />
              <Typography.Text style={sheet.late ? { color: RED } : undefined} data-testid="sheet-deadline">
                {t('sheet.deadline', { date: formatDate(sheet.deadline) })}
                {sheet.late ? ` · ${t('sheet.late')}` : ''}
              </Typography.Text>
            </Space>
          </div>
          <Space size="large" wrap>
            <Statistic title={t('sheet.selfTotal')} value={`${formatPoints(sum.self)}/${formatPoints(sum.max)}`} data-testid="sheet-self-total" />
            {showCouncil ? (
              <Statistic title={t('sheet.appraisedTotal')} value={formatPoints(sum.appraised)} data-testid="sheet-appraised-total" />
            ) : null}
          </Space>
        </Flex>
        <Flex wrap gap={8} style={{ marginTop: 12 }} align="center">
          {sheet.editable ? (
            <>
              <Button icon={<SaveOutlined />} loading={savingAnswers} onClick={() => void saveAnswers()} data-testid="sheet-save">
                {t('sheet.save')}
              </Button>
              <Button
                type="primary"
                icon={<SendOutlined />}
                loading={actions.submit.isPending}
                disabled={savingAnswers}
                onClick={() => void onSubmit()}
                data-testid="sheet-submit"
              >
                {t('sheet.submit')}
              </Button>
              {pendingAnswers.length > 0 ? (
                <Typography.Text type="warning" data-testid="sheet-unsaved">
                  {t('sheet.unsaved', { count: pendingAnswers.length })}
                </Typography.Text>
              ) : null}
            </>
          ) : null}
          {sheet.canWithdraw ? (
            <Button icon={<RollbackOutlined />} loading={actions.withdraw.isPending} onClick={onWithdraw} data-testid="sheet-withdraw">
              {t('sheet.withdraw')}
            </Button>
          ) : null}
          {sheet.canAppraise ? (
            <>
              <Button icon={<SaveOutlined />} loading={actions.appraise.isPending} onClick={() => void saveAppraisal()} data-testid="appraisal-save">
                {t('sheet.appraisalSave')}
              </Button>
              <Button icon={<MessageOutlined />} onClick={() => setExplaining(true)} data-testid="appraisal-request-explanation">
                {t('sheet.requestExplanation')}
              </Button>
              <Button
                type="primary"
                icon={<CheckCircleOutlined />}
                loading={actions.appraised.isPending}
                disabled={actions.appraise.isPending}
                onClick={() => void onAppraised()}
                data-testid="appraisal-done"
              >
                {t('sheet.appraisalDone')}
              </Button>
              {pendingAppraisals.length > 0 ? (
                <Typography.Text type="warning">{t('sheet.unsaved', { count: pendingAppraisals.length })}</Typography.Text>
              ) : null}
            </>
          ) : null}
        </Flex>
      </Card>

      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        {errorTitle ? (
          <Alert
            type="error"
            showIcon
            title={errorTitle}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {sheet.items
                  .filter((i) => errors[i.code])
                  .map((i) => (
                    <li key={i.code}>
                      <a onClick={() => scrollToRow(i.code)}>{i.code}</a>: {errors[i.code].join(' ')}
                    </li>
                  ))}
              </ul>
            }
            closable={{ onClose: clearErrors }}
            data-testid="sheet-errors"
          />
        ) : null}

        {sheet.explanationRequest && (sheet.canExplain || sheet.step === 'EXPLANATION') ? (
          <Alert
            type="warning"
            showIcon
            title={t('sheet.explanationRequested', { date: formatDate(sheet.explanationDue) })}
            description={<span style={{ whiteSpace: 'pre-line' }}>{sheet.explanationRequest}</span>}
            data-testid="explanation-request"
          />
        ) : null}
        {sheet.canExplain ? (
          <Card size="small" title={t('sheet.reply')}>
            <Form form={replyForm} layout="vertical" onFinish={onReply}>
              <Form.Item name="reply" rules={[{ required: true, whitespace: true, message: t('sheet.replyRequired') }]}>
                <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} data-testid="explanation-reply" />
              </Form.Item>
              <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={actions.explain.isPending} data-testid="explanation-send">
                {t('sheet.sendReply')}
              </Button>
            </Form>
          </Card>
        ) : null}
        {sheet.explanationReply && !sheet.canExplain ? (
          <Alert
            type="info"
            showIcon
            title={t('sheet.unitReply')}
            description={
              <>
                {sheet.explanationRequest ? (
                  <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', marginBottom: 4 }}>
                    {sheet.explanationRequest}
                  </Typography.Paragraph>
                ) : null}
                <span style={{ whiteSpace: 'pre-line' }}>{sheet.explanationReply}</span>
              </>
            }
            data-testid="explanation-reply-shown"
          />
        ) : null}

        <Collapse
          activeKey={open}
          onChange={(keys) => setOpen(Array.isArray(keys) ? keys.map(String) : [String(keys)])}
          items={groups.map((g, index) => {
            const s = subtotal(g.items);
            const title = fieldTitle(g.fieldCode);
            return {
              key: g.fieldCode,
              label: (
                <>
                  <Typography.Text strong>
                    {t('sheet.field', { code: g.fieldCode })}
                    {title ? `. ${title}` : ''}
                  </Typography.Text>
                  {g.items[0]?.section ? (
                    <Tag color={g.items[0].section === 'BONUS' ? 'green' : 'volcano'} style={{ marginInlineStart: 8 }} data-testid={`section-${g.fieldCode}`}>
                      {t(`sheet.section${g.items[0].section}`, { max: formatPoints(fields.data?.find((f) => f.code === g.fieldCode)?.maxPoints ?? s.max) })}
                    </Tag>
                  ) : null}
                </>
              ),
              extra: (
                <span data-testid={`field-subtotal-${g.fieldCode}`}>
                  {formatPoints(s.self)}/{formatPoints(s.max)}
                  {showCouncil ? ` · ${t('sheet.appraisedTotal')}: ${formatPoints(s.appraised)}` : ''}
                </span>
              ),
              children:
                index >= drawn ? (
                  <div style={{ minHeight: g.items.length * ROW_HEIGHT }} aria-busy="true" />
                ) : (
                  <SheetItemsTable
                    campaignId={sheet.campaignId}
                    unitId={sheet.unitId}
                    items={g.items}
                    answers={answers}
                    appraisals={appraisals}
                    editable={sheet.editable}
                    canAttach={sheet.editable || sheet.canExplain}
                    showCouncil={showCouncil}
                    canAppraise={sheet.canAppraise}
                    showRound1={showRound1}
                    round={sheet.appraisalRound}
                    canExplain={sheet.canExplain}
                    replies={replies}
                    onReply={onItemReply}
                    sipasCode={sipasCode}
                    errors={errors}
                    uploading={uploading}
                    onAnswer={onAnswer}
                    onAppraise={onAppraise}
                    onUpload={onUpload}
                    onHistory={onHistory}
                  />
                ),
            };
          })}
        />
        <ItemHistoryDrawer
          campaignId={sheet.campaignId}
          unitId={sheet.unitId}
          code={historyOf}
          onClose={() => setHistoryOf(undefined)}
        />
      </Space>

      {sheet.canAppraise ? (
        <ExplanationRequestModal
          open={explaining}
          pending={actions.requestExplanation.isPending}
          error={actions.requestExplanation.error}
          onCancel={() => {
            actions.requestExplanation.reset();
            setExplaining(false);
          }}
          onSend={(body) =>
            actions.requestExplanation.mutate(body, {
              onSuccess: () => {
                setExplaining(false);
                void message.success(t('sheet.requestSent'));
              },
            })
          }
        />
      ) : null}
    </div>
  );
}
