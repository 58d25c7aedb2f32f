import { isApiError } from '@/lib/api-client';
import { deductionPoints, ratePoints } from '@/lib/item-scoring';
import type { AnswerRequest, AppraisalRequest, Sheet, SheetItem } from '../types';

/** Figures behind the points of a RATE (numerator of denominator) or DEDUCTION (events) item (UI state, not an API type). */
export type Figures = { numerator: number | null; denominator: number | null; events: number | null };

/** What the unit is typing for one item (form state, not an API type); explanation '' = none. Figures only for RATE/DEDUCTION items. */
export type AnswerDraft = { points: number | null; notApplicable: boolean; explanation: string } & Partial<Figures>;

/** What the council is typing for one item (form state, not an API type); reason '' = none; figures when it changes a RATE/DEDUCTION item's. */
export type AppraisalDraft = { appraisedPoints: number | null; reason: string } & Partial<Figures>;

/** RATE and DEDUCTION items are answered with figures; their points follow (same rule as the server). */
export const fromFigures = (item: SheetItem) => item.answerType === 'RATE' || item.answerType === 'DEDUCTION';

/** The points the figures give for the item, or null while they are incomplete. */
export function figurePoints(item: SheetItem, f: Partial<Figures>): number | null {
  if (item.answerType === 'RATE') return ratePoints(item.bands, f.numerator, f.denominator);
  if (item.answerType === 'DEDUCTION') return deductionPoints(item.maxPoints, item.pointsPerEvent ?? 0, f.events);
  return null;
}

const hasFigures = (f: Partial<Figures>) => f.numerator != null || f.denominator != null || f.events != null;

/** Only the items touched since the last load/save are kept, by code (UI state, not an API type). */
export type Drafts<T> = Record<string, T>;

export const savedAnswer = (item: SheetItem): AnswerDraft => ({
  points: item.selfPoints ?? null,
  notApplicable: item.notApplicable,
  explanation: item.explanation ?? '',
  ...(fromFigures(item) ? { numerator: item.numerator ?? null, denominator: item.denominator ?? null, events: item.events ?? null } : {}),
});

export const savedAppraisal = (item: SheetItem): AppraisalDraft => ({
  appraisedPoints: item.appraisedPoints ?? null,
  reason: item.appraisalReason ?? '',
  ...(fromFigures(item)
    ? { numerator: item.appraisedNumerator ?? null, denominator: item.appraisedDenominator ?? null, events: item.appraisedEvents ?? null }
    : {}),
});

/** A draft with figures changed: its points follow them. */
export function withFigures<T extends AnswerDraft | AppraisalDraft>(item: SheetItem, draft: T, figures: Partial<Figures>): T {
  const next = { ...draft, ...figures };
  const points = figurePoints(item, next);
  return 'appraisedPoints' in next ? { ...next, appraisedPoints: hasFigures(next) ? points : next.appraisedPoints } : { ...next, points };
}

const samePoints = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

const sameFigures = (a: Partial<Figures>, b: Partial<Figures>) =>
  samePoints(a.numerator ?? null, b.numerator ?? null) &&
  samePoints(a.denominator ?? null, b.denominator ?? null) &&
  samePoints(a.events ?? null, b.events ?? null);

export const sameAnswer = (a: AnswerDraft, b: AnswerDraft) =>
  samePoints(a.notApplicable ? null : a.points, b.notApplicable ? null : b.points) &&
  sameFigures(a, b) &&
  a.notApplicable === b.notApplicable &&
  a.explanation.trim() === b.explanation.trim();

export const sameAppraisal = (a: AppraisalDraft, b: AppraisalDraft) =>
  samePoints(a.appraisedPoints, b.appraisedPoints) && sameFigures(a, b) && a.reason.trim() === b.reason.trim();

/** The answer shown for an item: the draft when touched, else what is saved. */
export const currentAnswer = (item: SheetItem, drafts: Drafts<AnswerDraft>) => drafts[item.code] ?? savedAnswer(item);
export const currentAppraisal = (item: SheetItem, drafts: Drafts<AppraisalDraft>) => drafts[item.code] ?? savedAppraisal(item);

/**
 * The body of the one PUT …/answers: every item whose draft differs from what is saved, in the
 * sheet's order, each with its whole answer (the backend overwrites points, N/A and explanation).
 */
export function changedAnswers(items: readonly SheetItem[], drafts: Drafts<AnswerDraft>): AnswerRequest[] {
  return items
    .filter((item) => drafts[item.code] && !sameAnswer(drafts[item.code], savedAnswer(item)))
    .map((item) => {
      const d = drafts[item.code];
      return {
        code: item.code,
        points: d.notApplicable ? null : d.points,
        notApplicable: d.notApplicable,
        explanation: d.explanation.trim() ? d.explanation.trim() : null,
        version: item.version ?? null,
        ...(fromFigures(item) && !d.notApplicable
          ? item.answerType === 'RATE'
            ? { numerator: d.numerator ?? null, denominator: d.denominator ?? null }
            : { events: d.events ?? null }
          : {}),
      };
    });
}

/** The body of PUT …/appraisal: the council's changed scores and reasons. */
export function changedAppraisals(items: readonly SheetItem[], drafts: Drafts<AppraisalDraft>): AppraisalRequest[] {
  return items
    .filter((item) => drafts[item.code] && !sameAppraisal(drafts[item.code], savedAppraisal(item)))
    .map((item) => {
      const d = drafts[item.code];
      return {
        code: item.code,
        appraisedPoints: d.appraisedPoints,
        reason: d.reason.trim() ? d.reason.trim() : null,
        version: item.version ?? null,
        ...(fromFigures(item) && hasFigures(d)
          ? item.answerType === 'RATE'
            ? { numerator: d.numerator ?? null, denominator: d.denominator ?? null }
            : { events: d.events ?? null }
          : {}),
      };
    });
}

/** Items whose typed points (the unit's, or the council's) are above the item's max. */
export function pointsAboveMax(items: readonly SheetItem[], answers: Drafts<AnswerDraft>, appraisals: Drafts<AppraisalDraft>): string[] {
  return items
    .filter((item) => {
      const a = currentAnswer(item, answers);
      const p = currentAppraisal(item, appraisals);
      return (!a.notApplicable && (a.points ?? 0) > item.maxPoints + 1e-9) || (p.appraisedPoints ?? 0) > item.maxPoints + 1e-9;
    })
    .map((item) => item.code);
}

/** What the council's round starts from: the last closed round's score, else the unit's own. */
export function roundBase(item: SheetItem): { points: number | null } & Figures {
  const closed = item.rounds.filter((r) => r.round > 0 && r.closed).at(-1);
  return closed
    ? { points: closed.points, numerator: closed.numerator, denominator: closed.denominator, events: closed.events }
    : { points: item.selfPoints, numerator: item.numerator, denominator: item.denominator, events: item.events };
}

/** Items whose appraised score differs from where the round started without a reason (the backend refuses them). */
export function missingReasons(items: readonly SheetItem[], drafts: Drafts<AppraisalDraft>): string[] {
  return items
    .filter((item) => {
      const d = currentAppraisal(item, drafts);
      const base = roundBase(item);
      const figuresChanged = fromFigures(item) && hasFigures(d) && !sameFigures(d, base);
      return d.appraisedPoints !== null && (figuresChanged || !samePoints(d.appraisedPoints, base.points ?? null)) && !d.reason.trim();
    })
    .map((item) => item.code);
}

/** Points added up in the browser (a view model, not an API type). */
export type Totals = { self: number; appraised: number; max: number };

/**
 * Self, appraised (council's score, else the unit's) and max points; not-applicable items count for
 * none, bonus and penalty items neither (they are outside the scored total) unless `sections` (a
 * section's own subtotal).
 */
export function totals(
  items: readonly SheetItem[],
  answers: Drafts<AnswerDraft>,
  appraisals: Drafts<AppraisalDraft>,
  sections = false,
): Totals {
  let self = 0;
  let appraised = 0;
  let max = 0;
  for (const item of items) {
    const a = currentAnswer(item, answers);
    if (a.notApplicable || (item.section && !sections)) continue;
    const p = currentAppraisal(item, appraisals);
    self += a.points ?? 0;
    appraised += p.appraisedPoints ?? a.points ?? 0;
    max += item.maxPoints;
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return { self: round(self), appraised: round(appraised), max: round(max) };
}

/** Items grouped by field, in the sheet's order. */
export function groupByField(items: readonly SheetItem[]): { fieldCode: string; items: SheetItem[] }[] {
  const groups: { fieldCode: string; items: SheetItem[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.fieldCode === item.fieldCode) last.items.push(item);
    else groups.push({ fieldCode: item.fieldCode, items: [item] });
  }
  return groups;
}

/**
 * The current sheet when a save was refused because another person saved the same items after this
 * page read them: the 409 of PUT …/answers carries the sheet as `current` (a SheetView, which the
 * document cannot say of a problem's field).
 */
export function staleSheet(error: unknown): Sheet | undefined {
  return isApiError(error) && error.status === 409 && error.current ? (error.current as Sheet) : undefined;
}

/** Messages of a 422 by item code (field = code); other messages under "". */
export function errorsByCode(error: unknown): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!isApiError(error)) return result;
  for (const e of error.errors) {
    const key = e.field ?? '';
    (result[key] ??= []).push(e.message);
  }
  return result;
}
