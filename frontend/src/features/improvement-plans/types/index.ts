import type { ApiFieldError } from '@/lib/api-client';

/** ACTIVATING: activation accepted, the tasks being started by a background job (then ACTIVE). */
export type PlanStatus = 'DRAFT' | 'APPROVED' | 'ACTIVATING' | 'ACTIVE' | 'CLOSED';
export type PlanSource = 'IMPORT' | 'GENERATED' | 'MANUAL';
export type Classification = 'EXCELLENT' | 'GOOD' | 'FAIR' | 'AVERAGE' | 'WEAK';
export type DeadlineKind = 'DATE' | 'RECURRING' | 'PERIOD' | 'ONGOING' | 'NONE' | 'UNPARSED';

export const PLAN_STATUSES: PlanStatus[] = ['DRAFT', 'APPROVED', 'ACTIVATING', 'ACTIVE', 'CLOSED'];

/** GET /api/improvement-plans/{id}/activation: the tasks the activation starts and has started. */
export type PlanActivation = {
  status: PlanStatus;
  total: number;
  started: number;
  /** the last error of a chunk (the job retries it) */
  error: string | null;
};

/** A field's results of the last assessment. */
export type BaselineField = { code: string; title: string; max: number; achieved: number };

/** The results the plan improves on: totals, index (0–100) and classification. */
export type Baseline = {
  totalMax: number;
  totalAchieved: number;
  index: number;
  classification: Classification;
  /** empty in the list */
  fields: BaselineField[];
};

/** The deadline of an item as parsed by the backend, with the text as written. */
export type Deadline = {
  kind: DeadlineKind;
  text: string | null;
  /** yyyy-MM-dd */
  firstDue: string | null;
  /** the date a person set; null when the text is used as parsed */
  setDue?: string | null;
  occurrences: number;
  /** the text could not be read: a person must set the date */
  needsAttention: boolean;
};

/** A row of the plan; rows without a lead unit are context rows (fields, criteria headings). */
export type PlanItem = {
  /** null in an import preview */
  id: number | null;
  /** send it back with a change; null in an import preview */
  version?: number | null;
  row: number | null;
  code: string | null;
  title: string;
  max: number | null;
  achieved: number | null;
  target: number | null;
  tasks: string | null;
  /** the principal lead (the first of leadUnitIds): supporting units contribute to its task */
  leadUnitId: number | null;
  leadUnit: string | null;
  /** every lead unit: each gets its own task per occurrence ("UBND các xã": every commune) */
  leadUnitIds: number[];
  leadUnits: string[];
  /** the lead cell as published ("UBND các xã"); null when a person chose the units */
  leadText: string | null;
  supportingUnitIds: number[];
  supportingUnits: string[];
  /** vague phrases such as "các đơn vị liên quan" */
  unitNote: string | null;
  expectedOutput: string | null;
  requirement: string | null;
  deadline: Deadline;
  /** once activated: the item's tasks, one per lead unit and occurrence */
  work: PlanWork[];
};

/** One task of an item: its lead unit, period and state. */
export type PlanWork = {
  taskId: number;
  leadUnitId: number;
  leadUnit: string;
  label: string;
  /** yyyy-MM-dd */
  dueOn: string;
  status: 'WAITING' | 'OPEN' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | 'CANCELLED';
  overdue: boolean;
};

export type Plan = {
  /** null in an import preview */
  id: number | null;
  name: string | null;
  year: number;
  ownerUnitId: number | null;
  ownerUnitName: string | null;
  status: PlanStatus;
  source: PlanSource;
  baseline: Baseline | null;
  /** empty in the list */
  items: PlanItem[];
  taskCount: number;
  approvedBy: string | null;
  approvedAt: string | null;
  activatedAt: string | null;
  updatedAt: string | null;
  /** while ACTIVATING: the progress of the job that starts the tasks */
  activation?: PlanActivation | null;
};

/** A saved plan (id set). */
export type SavedPlan = Plan & { id: number };

/** An open question of an import: a unit phrase of one cell that names no unit, or several. */
export type ImportQuestion = { row: number; column: string; phrase: string; candidates: { unitId: number; name: string }[] };

/** A person's answer: the unit(s) the phrase names (saved as an alias) or a note kept on the item. */
export type ImportAnswer = { row: number; column: string; phrase: string; unitIds?: number[]; note?: boolean };

/** Answer of POST /api/improvement-plans/import/preview: nothing saved. */
export type PlanImportPreview = {
  plan: Plan;
  /** the problems of the file, the open questions aside */
  errors: ApiFieldError[];
  questions: ImportQuestion[];
};

export type PlanImportParams = { file: File; year: number; ownerUnitId: number };

export type ImportPlanRequest = PlanImportParams & { name?: string; answers?: ImportAnswer[] };

/** Body of PUT /api/improvement-plans/{id}/items/{itemId} */
export type UpdatePlanItemRequest = {
  target: number | null;
  tasks: string | null;
  /** the lead units, principal first; empty: no task */
  leadUnitIds: number[];
  supportingUnitIds: number[];
  expectedOutput: string | null;
  requirement: string | null;
  deadlineText: string | null;
  /** yyyy-MM-dd */
  deadlineDue: string | null;
  /** the item's version as read: a write based on an older read is refused with 409 */
  version: number | null;
};
