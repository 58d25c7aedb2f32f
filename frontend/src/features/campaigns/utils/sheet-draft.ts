import { isApiError } from '@/lib/api-client';
import type { AnswerRequest, AppraisalRequest, Sheet, SheetItem } from '../types';
import { normalizeSheet } from './normalize';

/** What the unit is typing for one item; explanation '' = none. */
export type AnswerDraft = { points: number | null; notApplicable: boolean; explanation: string };

/** What the council is typing for one item; reason '' = none. */
export type AppraisalDraft = { appraisedPoints: number | null; reason: string };

/** Only the items touched since the last load/save are kept, by code. */
export type Drafts<T> = Record<string, T>;

export const savedAnswer = (item: SheetItem): AnswerDraft => ({
  points: item.selfPoints ?? null,
  notApplicable: item.notApplicable,
  explanation: item.explanation ?? '',
});

export const savedAppraisal = (item: SheetItem): AppraisalDraft => ({
  appraisedPoints: item.appraisedPoints ?? null,
  reason: item.appraisalReason ?? '',
});

const samePoints = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) < 1e-9);

export const sameAnswer = (a: AnswerDraft, b: AnswerDraft) =>
  samePoints(a.notApplicable ? null : a.points, b.notApplicable ? null : b.points) &&
  a.notApplicable === b.notApplicable &&
  a.explanation.trim() === b.explanation.trim();

export const sameAppraisal = (a: AppraisalDraft, b: AppraisalDraft) =>
  samePoints(a.appraisedPoints, b.appraisedPoints) && a.reason.trim() === b.reason.trim();

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

/** Items whose appraised score differs from the unit's without a reason (the backend refuses them). */
export function missingReasons(items: readonly SheetItem[], drafts: Drafts<AppraisalDraft>): string[] {
  return items
    .filter((item) => {
      const d = currentAppraisal(item, drafts);
      return d.appraisedPoints !== null && !samePoints(d.appraisedPoints, item.selfPoints ?? null) && !d.reason.trim();
    })
    .map((item) => item.code);
}

export type Totals = { self: number; appraised: number; max: number };

/** Self, appraised (council's score, else the unit's) and max points; not-applicable items count for none. */
export function totals(items: readonly SheetItem[], answers: Drafts<AnswerDraft>, appraisals: Drafts<AppraisalDraft>): Totals {
  let self = 0;
  let appraised = 0;
  let max = 0;
  for (const item of items) {
    const a = currentAnswer(item, answers);
    if (a.notApplicable) continue;
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

/** The current sheet when a save was refused because another person saved the same items after this page read them. */
export function staleSheet(error: unknown): Sheet | undefined {
  return isApiError(error) && error.status === 409 && error.current ? normalizeSheet(error.current as Sheet) : undefined;
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
