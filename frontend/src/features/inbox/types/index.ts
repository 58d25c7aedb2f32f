import type { Schemas } from '@/lib/api-paths';

export type InboxStatus = Schemas['InboxServiceEntry']['status'];
/**
 * What a step asks (the model's inboxRole): lead work, a contribution, the coordinator's review, the
 * council's appraisal, a unit's explanation, the chairman's approval.
 */
export type StepRole = Schemas['InboxServiceEntry']['role'];

/** The status chips, most urgent first. */
export const INBOX_STATUSES = ['OVERDUE', 'DUE_SOON', 'RETURNED', 'OPEN'] as const satisfies readonly InboxStatus[];
/** Every inboxRole of bpmn/src/main/resources/bpmn/*.bpmn: the inbox's role filter offers each. */
export const STEP_ROLES = ['LEAD', 'SUPPORT', 'REVIEW', 'APPRAISE', 'EXPLAIN', 'APPROVE'] as const satisfies readonly StepRole[];

/** A row of GET /api/tasks: an open step the caller's units or roles may act on (id: the engine's task id). */
export type InboxEntry = Schemas['InboxServiceEntry'];

export type TaskStatus = Schemas['TaskView']['status'];

export type TaskCriterion = Schemas['TaskViewCriterion'];
export type Contribution = Schemas['TaskViewContributionView'];
export type TaskComment = Schemas['TaskViewCommentView'];
export type TaskAttachment = Schemas['TaskViewAttachmentView'];
export type HistoryStep = Schemas['TaskViewStep'];
/** A step the caller may act on now. */
export type OpenStep = Schemas['TaskViewOpenStep'];

/** GET /api/improvement-tasks/{id}: a task occurrence with everything its page shows. */
export type TaskView = Schemas['TaskView'];

/** Body of POST /api/improvement-tasks/steps/{workItemId}/assign */
export type AssignRequest = Schemas['TaskControllerAssignRequest'];

/** Whose open work the inbox lists: the caller's (empty), one unit's, or every unit's. */
export type InboxScope = { unitId?: number; allUnits?: boolean };

/** The server-side filters of GET /api/tasks (kept in the page's URL). */
export type InboxFilters = {
  statuses: InboxStatus[];
  roles: StepRole[];
  planId: number | null;
  /** field code, "1" of "1.5.3" */
  field: string | null;
  /** yyyy-MM-dd */
  dueFrom: string | null;
  /** yyyy-MM-dd */
  dueTo: string | null;
  q: string;
};

/** A page of GET /api/tasks: the counts (per status, with every filter but the status) come with the first page only; nextCursor null at the end. */
export type InboxPage = Schemas['InboxServicePage'];

/** GET /api/tasks/facets: the choices of the plan and field filters, of the list's whole scope. */
export type InboxFacets = Schemas['WorkListFacets'];
