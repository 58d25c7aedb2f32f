import type { Schemas } from '@/lib/api-paths';

/** ACTIVATING: activation accepted, the tasks being started by a background job (then ACTIVE). */
export type PlanStatus = Schemas['PlanView']['status'];
export type PlanSource = Schemas['PlanView']['source'];
export type Classification = NonNullable<Schemas['PlanViewBaseline']['classification']>;
export type DeadlineKind = Schemas['PlanViewDeadlineView']['kind'];

/** The statuses in the order a plan goes through them (the list's filter). */
export const PLAN_STATUSES = ['DRAFT', 'APPROVED', 'ACTIVATING', 'ACTIVE', 'CLOSED'] as const satisfies readonly PlanStatus[];

/** GET /api/improvement-plans/{id}/activation: the tasks the activation starts and has started; error the last error of a chunk (the job retries it). */
export type PlanActivation = Schemas['PlanActivationProgress'];

/** A field's results of the last assessment. */
export type BaselineField = Schemas['PlanViewField'];

/** The results the plan improves on: totals, index (0–100) and classification; fields empty in the list. */
export type Baseline = Schemas['PlanViewBaseline'];

/** The deadline of an item as parsed by the backend, with the text as written; setDue the date a person set, needsAttention when the text could not be read. */
export type Deadline = Schemas['PlanViewDeadlineView'];

/**
 * A row of the plan; rows without a lead unit are context rows (fields, criteria headings). id and
 * version null in an import preview; leadUnitId the principal lead (the first of leadUnitIds);
 * leadText the lead cell as published, null when a person chose the units; work: once activated,
 * the item's tasks, one per lead unit and occurrence.
 */
export type PlanItem = Schemas['PlanViewItem'];

/** One task of an item: its lead unit, period and state. */
export type PlanWork = Schemas['PlanViewWork'];

/** A plan (id null in an import preview; items empty in the list; activation while ACTIVATING). */
export type Plan = Schemas['PlanView'];

/** A saved plan (id set). */
export type SavedPlan = Plan & { id: number };

/** A plan the server answers for a saved one (every answer but the import preview's). */
export const saved = (plan: Plan): SavedPlan => plan as SavedPlan;

/** An open question of an import: a unit phrase of one cell that names no unit, or several. */
export type ImportQuestion = Schemas['PlanImportQuestion'];

/**
 * A person's answer: the unit(s) the phrase names (saved as an alias) or a note kept on the item. Sent
 * as a JSON string in the import's multipart form, so the document does not describe it.
 */
export type ImportAnswer = { row: number; column: string; phrase: string; unitIds?: number[]; note?: boolean };

/** Answer of POST /api/improvement-plans/import/preview: nothing saved; errors the problems of the file, the open questions aside. */
export type PlanImportPreview = Schemas['PlanImportPreview'];

/** Not an API type: the fields of the import's multipart form, which the document does not describe. */
export type PlanImportParams = { file: File; year: number; ownerUnitId: number };

export type ImportPlanRequest = PlanImportParams & { name?: string; answers?: ImportAnswer[] };

/** Body of PUT /api/improvement-plans/{id}/items/{itemId}: leadUnitIds principal first (empty: no task); version as read (an older one is a 409). */
export type UpdatePlanItemRequest = Schemas['PlanItemsItemRequest'];
