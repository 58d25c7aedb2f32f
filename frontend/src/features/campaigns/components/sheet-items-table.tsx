import { HistoryOutlined, PaperClipOutlined, QuestionCircleOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Input, InputNumber, Radio, Table, Tooltip, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { memo } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PointsInput } from '@/components/ui/points-input';
import { formatDateTime, formatPoints } from '@/lib/format';
import { describeBands, ratePercent } from '@/lib/item-scoring';
import { evidenceUrl } from '../api/download-evidence';
import type { SheetItem } from '../types';
import {
  type AnswerDraft,
  type AppraisalDraft,
  currentAnswer,
  currentAppraisal,
  type Drafts,
  type Figures,
  figurePoints,
  fromFigures,
  withFigures,
} from '../utils/sheet-draft';

export type SheetItemsTableProps = {
  campaignId: number;
  unitId: number;
  items: SheetItem[];
  answers: Drafts<AnswerDraft>;
  appraisals: Drafts<AppraisalDraft>;
  /** the unit may change its answers (self-assessment step) */
  editable: boolean;
  /** the unit may add evidence (self-assessment or explanation) */
  canAttach: boolean;
  /** the council's columns are shown (from SUBMITTED on) */
  showCouncil: boolean;
  canAppraise: boolean;
  /**
   * Round 1 is closed and another follows (the unit explains, then round 2): round 1's points and
   * reasons and the unit's explanation of each item are shown beside the council's current columns.
   */
  showRound1: boolean;
  /** the round the council works in: its columns are named after it from round 2 on */
  round: number;
  /** the unit explains item by item (explanation step) */
  canExplain: boolean;
  replies: Record<string, string>;
  onReply: (item: SheetItem, reply: string) => void;
  /** the item filled from the survey (SIPAS), not by the unit */
  sipasCode: string | null;
  errors: Record<string, string[]>;
  uploading?: string;
  onAnswer: (item: SheetItem, patch: Partial<AnswerDraft>) => void;
  onAppraise: (item: SheetItem, patch: Partial<AppraisalDraft>) => void;
  onUpload: (item: SheetItem, file: File) => void;
  /** opens the item's history (every change: who, when, before, after) */
  onHistory: (item: SheetItem) => void;
};

const RED = '#cf1322';

type FigureInputsProps = {
  item: SheetItem;
  figures: Partial<Figures>;
  disabled: boolean;
  /** prefix of test ids: "rate" (the unit) or "appraised-rate" (the council) */
  testId: string;
  onChange: (figures: Partial<Figures>) => void;
};

/**
 * The figures of a RATE item (numerator of denominator) or a DEDUCTION item (count of events), with
 * the points they give shown as the person types (the server computes the same: `ItemScoring`).
 */
function FigureInputs({ item, figures, disabled, testId, onChange }: FigureInputsProps) {
  const { t } = useTranslation();
  const points = figurePoints(item, figures);
  const number = (key: keyof Figures, label: string, integer = false) => (
    <InputNumber<number>
      size="small"
      min={0}
      precision={integer ? 0 : undefined}
      decimalSeparator=","
      style={{ width: '100%' }}
      disabled={disabled}
      value={figures[key] ?? null}
      onChange={(v) => onChange({ [key]: typeof v === 'number' ? v : null })}
      aria-label={`${label} ${item.code}`}
      placeholder={label}
      data-testid={`${testId}-${key}-${item.code}`}
    />
  );
  if (item.answerType === 'RATE') {
    const pct = ratePercent(figures.numerator, figures.denominator);
    return (
      <Flex vertical gap={2}>
        {number('numerator', item.numeratorLabel ?? t('sheet.numerator'))}
        {number('denominator', item.denominatorLabel ?? t('sheet.denominator'))}
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`${testId}-points-${item.code}`}>
          {pct !== null && figures.numerator != null && figures.numerator <= (figures.denominator ?? 0)
            ? t('sheet.rateGives', { rate: formatPoints(pct), points: formatPoints(points) })
            : figures.numerator != null && figures.denominator != null && figures.numerator > figures.denominator
              ? <span style={{ color: RED }}>{t('sheet.numeratorAboveDenominator')}</span>
              : t('sheet.rateBands', { bands: describeBands(item.bands) })}
        </Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={2}>
      {number('events', t('sheet.events'), true)}
      <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`${testId}-points-${item.code}`}>
        {points !== null
          ? t('sheet.deductionGives', { points: formatPoints(points) })
          : t('sheet.deductionRule', { points: formatPoints(item.pointsPerEvent), max: formatPoints(item.maxPoints) })}
      </Typography.Text>
    </Flex>
  );
}

/** The figures behind a RATE item's points ("850/1.000") or a DEDUCTION item's ("2 lần"). */
function figuresText(item: SheetItem, f: Partial<Figures>, t: TFunction) {
  return item.answerType === 'RATE' ? `${formatPoints(f.numerator)}/${formatPoints(f.denominator)}` : t('sheet.eventsCount', { count: f.events ?? 0 });
}

/**
 * Re-render a field's table only when something of its own items changed: typing in one field does
 * not redraw the others (callbacks are expected to be stable).
 */
function sameProps(a: SheetItemsTableProps, b: SheetItemsTableProps) {
  const keys = Object.keys(a) as (keyof SheetItemsTableProps)[];
  return (
    keys.every((k) => k === 'answers' || k === 'appraisals' || k === 'replies' || k === 'uploading' || a[k] === b[k]) &&
    a.items.every(
      (i) =>
        a.answers[i.code] === b.answers[i.code] &&
        a.appraisals[i.code] === b.appraisals[i.code] &&
        a.replies[i.code] === b.replies[i.code] &&
        (a.uploading === i.code) === (b.uploading === i.code),
    )
  );
}

/** One field's items: the unit's answer, explanation and evidence, and the council's score and reason. */
export const SheetItemsTable = memo(SheetItemsTableInner, sameProps);

function SheetItemsTableInner(p: SheetItemsTableProps) {
  const { t } = useTranslation();

  const columns: ColumnsType<SheetItem> = [
    {
      title: t('sheet.code'),
      dataIndex: 'code',
      width: 80,
      fixed: 'left',
      render: (code: string, item) => (
        <>
          <Typography.Text strong>{code}</Typography.Text>
          {item.version !== null ? (
            <Tooltip title={t('sheet.history')}>
              <Button
                type="text"
                size="small"
                icon={<HistoryOutlined />}
                aria-label={t('sheet.historyOf', { code })}
                data-testid={`history-${code}`}
                onClick={() => p.onHistory(item)}
              />
            </Tooltip>
          ) : null}
          {p.errors[code] ? (
            <div data-testid={`row-error-${code}`} style={{ color: RED, fontSize: 12 }}>
              {p.errors[code].join(' ')}
            </div>
          ) : null}
        </>
      ),
    },
    {
      title: t('sheet.item'),
      dataIndex: 'title',
      width: 300,
      fixed: 'left',
      render: (title: string, item) => (
        <>
          <span>{title}</span>
          {item.guidance ? (
            <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{item.guidance}</span>}>
              <QuestionCircleOutlined style={{ marginInlineStart: 6, color: '#8c8c8c' }} aria-label={t('sheet.guidance')} data-testid={`guidance-${item.code}`} />
            </Tooltip>
          ) : null}
          {item.evidenceRequired ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('sheet.evidenceRequired', { text: item.evidenceRequired })}
            </Typography.Text>
          ) : null}
          {item.code === p.sipasCode ? (
            <Typography.Text type="secondary" italic style={{ display: 'block', fontSize: 12 }}>
              {t('sheet.sipas')}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    { title: t('sheet.max'), dataIndex: 'maxPoints', width: 70, align: 'right', render: (v: number) => formatPoints(v) },
    {
      title: t('sheet.answer'),
      key: 'answer',
      width: 170,
      render: (_: unknown, item) => {
        const a = currentAnswer(item, p.answers);
        const disabled = !p.editable || item.code === p.sipasCode;
        return (
          <Flex vertical gap={4}>
            {fromFigures(item) ? (
              <FigureInputs
                item={item}
                figures={a.notApplicable ? {} : a}
                disabled={disabled || a.notApplicable}
                testId="figures"
                onChange={(f) => p.onAnswer(item, withFigures(item, a, f))}
              />
            ) : item.answerType === 'YES_NO' ? (
              <Radio.Group
                data-testid={`yesno-${item.code}`}
                disabled={disabled || a.notApplicable}
                value={a.points === null || a.notApplicable ? undefined : a.points > 0 ? 'yes' : 'no'}
                onChange={(e) => p.onAnswer(item, { points: e.target.value === 'yes' ? item.maxPoints : 0 })}
                options={[
                  { value: 'yes', label: t('sheet.yes') },
                  { value: 'no', label: t('sheet.no') },
                ]}
              />
            ) : (
              <span data-testid={`points-${item.code}`}>
                <PointsInput
                  max={item.maxPoints}
                  disabled={disabled || a.notApplicable}
                  value={a.notApplicable ? null : a.points}
                  onChange={(v) => p.onAnswer(item, { points: typeof v === 'number' ? v : null })}
                  aria-label={`${t('sheet.answer')} ${item.code}`}
                />
              </span>
            )}
            {item.notApplicableAllowed ? (
              <Checkbox
                checked={a.notApplicable}
                disabled={disabled}
                onChange={(e) => p.onAnswer(item, { notApplicable: e.target.checked })}
                data-testid={`na-${item.code}`}
              >
                {t('sheet.notApplicable')}
              </Checkbox>
            ) : null}
          </Flex>
        );
      },
    },
    {
      title: t('sheet.explanation'),
      key: 'explanation',
      width: 240,
      render: (_: unknown, item) => (
        <Input.TextArea
          data-testid={`explanation-${item.code}`}
          aria-label={`${t('sheet.explanation')} ${item.code}`}
          autoSize={{ minRows: 1, maxRows: 6 }}
          maxLength={4000}
          disabled={!p.editable || item.code === p.sipasCode}
          placeholder={p.editable ? t('sheet.explanationPlaceholder') : undefined}
          value={currentAnswer(item, p.answers).explanation}
          onChange={(e) => p.onAnswer(item, { explanation: e.target.value })}
        />
      ),
    },
    {
      title: t('sheet.evidence'),
      key: 'evidence',
      width: 200,
      render: (_: unknown, item) => (
        <Flex vertical gap={4} data-testid={`evidence-${item.code}`}>
          {item.evidence.map((e) => (
            <a key={e.id} href={evidenceUrl(p.campaignId, p.unitId, e.id)} download={e.filename} style={{ wordBreak: 'break-all' }}>
              <PaperClipOutlined /> {e.filename}
            </a>
          ))}
          {p.canAttach && item.code !== p.sipasCode ? (
            <Upload
              multiple={false}
              showUploadList={false}
              beforeUpload={(file) => {
                p.onUpload(item, file as File);
                return false; // sent by the mutation, not by antd
              }}
            >
              <Button size="small" icon={<UploadOutlined />} loading={p.uploading === item.code} data-testid={`upload-${item.code}`}>
                {t('sheet.upload')}
              </Button>
            </Upload>
          ) : null}
        </Flex>
      ),
    },
  ];

  // round 1, the unit's explanations and the council's round side by side, right after the unit's own answer
  const rounds: ColumnsType<SheetItem> = [];
  if (p.showRound1) {
    rounds.push(
      {
        title: t('sheet.roundClosed', { round: 1 }),
        key: 'round1',
        width: 200,
        onHeaderCell: () => ({ style: { background: '#f5f5f5' } }),
        render: (_: unknown, item) => {
          const r = item.rounds.find((x) => x.round === 1);
          if (!r) return null;
          return (
            <Flex vertical gap={2} data-testid={`round1-${item.code}`}>
              <Typography.Text strong>
                {formatPoints(r.points)}
                {fromFigures(item) && (r.numerator != null || r.events != null) ? ` (${figuresText(item, r, t)})` : ''}
              </Typography.Text>
              {r.reason ? <Typography.Text style={{ fontSize: 12, whiteSpace: 'pre-line' }}>{r.reason}</Typography.Text> : null}
              {r.by ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('sheet.by', { name: r.by, at: formatDateTime(r.at) })}
                </Typography.Text>
              ) : null}
            </Flex>
          );
        },
      },
      {
        title: t('sheet.itemReply'),
        key: 'reply',
        width: 220,
        onHeaderCell: () => ({ style: { background: '#fffbe6' } }),
        render: (_: unknown, item) =>
          p.canExplain ? (
            <Input.TextArea
              data-testid={`reply-${item.code}`}
              aria-label={`${t('sheet.itemReply')} ${item.code}`}
              autoSize={{ minRows: 1, maxRows: 6 }}
              maxLength={4000}
              placeholder={t('sheet.itemReplyPlaceholder')}
              value={p.replies[item.code] ?? item.reply ?? ''}
              onChange={(e) => p.onReply(item, e.target.value)}
            />
          ) : (
            <span data-testid={`reply-${item.code}`} style={{ whiteSpace: 'pre-line' }}>
              {item.reply}
            </span>
          ),
      },
    );
  }

  if (p.showCouncil) {
    const round = p.round > 1 ? p.round : null;
    rounds.push(
      {
        title: round ? t('sheet.roundOpen', { round }) : t('sheet.appraised'),
        key: 'appraised',
        width: 170,
        onHeaderCell: () => ({ style: { background: '#f0f5ff' } }),
        render: (_: unknown, item) => {
          const d = currentAppraisal(item, p.appraisals);
          const figures = fromFigures(item) && p.canAppraise ? (
            <FigureInputs
              item={item}
              figures={d}
              disabled={false}
              testId="appraised-figures"
              onChange={(f) => p.onAppraise(item, withFigures(item, d, f))}
            />
          ) : fromFigures(item) && (d.numerator != null || d.events != null) ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {figuresText(item, d, t)}
            </Typography.Text>
          ) : null;
          return p.canAppraise ? (
            <span data-testid={`appraised-${item.code}`}>
              {figures}
              <PointsInput
                max={item.maxPoints}
                value={d.appraisedPoints}
                placeholder={formatPoints(item.selfPoints)}
                onChange={(v) => p.onAppraise(item, { appraisedPoints: typeof v === 'number' ? v : null })}
                aria-label={`${t('sheet.appraised')} ${item.code}`}
              />
            </span>
          ) : (
            <span data-testid={`appraised-${item.code}`}>
              {formatPoints(d.appraisedPoints)}
              {figures}
            </span>
          );
        },
      },
      {
        title: round ? t('sheet.roundReason', { round }) : t('sheet.reason'),
        key: 'reason',
        width: 220,
        onHeaderCell: () => ({ style: { background: '#f0f5ff' } }),
        render: (_: unknown, item) => {
          const d = currentAppraisal(item, p.appraisals);
          return p.canAppraise ? (
            <Input.TextArea
              data-testid={`reason-${item.code}`}
              aria-label={`${t('sheet.reason')} ${item.code}`}
              autoSize={{ minRows: 1, maxRows: 4 }}
              maxLength={4000}
              placeholder={t('sheet.reasonPlaceholder')}
              value={d.reason}
              onChange={(e) => p.onAppraise(item, { reason: e.target.value })}
            />
          ) : (
            <span data-testid={`reason-${item.code}`}>{d.reason}</span>
          );
        },
      },
    );
  }

  // before the round columns (from round 2), after them the unit's explanation and evidence; else at the end
  columns.splice(p.showRound1 ? columns.findIndex((c) => c.key === 'answer') + 1 : columns.length, 0, ...rounds);

  return (
    <Table<SheetItem>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={p.items}
      columns={columns}
      scroll={{ x: (p.showCouncil ? 1410 : 1060) + (p.showRound1 ? 420 : 0) }}
      sticky={{ offsetScroll: 0 }}
      rowClassName={(item) => (p.errors[item.code] ? 'row-error' : '')}
    />
  );
}
