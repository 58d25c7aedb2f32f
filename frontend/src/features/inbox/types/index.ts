export type InboxStatus = 'OPEN' | 'DUE_SOON' | 'OVERDUE' | 'RETURNED';
/**
 * What a step asks (the model's inboxRole): lead work, a contribution, the coordinator's review, the
 * council's appraisal, a unit's explanation, the chairman's approval.
 */
export type StepRole = 'LEAD' | 'SUPPORT' | 'REVIEW' | 'APPRAISE' | 'EXPLAIN' | 'APPROVE';

export const INBOX_STATUSES: InboxStatus[] = ['OVERDUE', 'DUE_SOON', 'RETURNED', 'OPEN'];
/** Every inboxRole of bpmn/src/main/resources/bpmn/*.bpmn: the inbox's role filter offers each. */
export const STEP_ROLES: StepRole[] = ['LEAD', 'SUPPORT', 'REVIEW', 'APPRAISE', 'EXPLAIN', 'APPROVE'];

/** A row of GET /api/tasks: an open step the caller's units or roles may act on. */
export type InboxEntry = {
  /** work item id (the engine's task id) */
  id: string;
  title: string;
  stepName: string;
  /** yyyy-MM-dd */
  dueDate: string | null;
  status: InboxStatus;
  role: StepRole;
  unitId: number | null;
  unitName: string | null;
  criterionCode: string | null;
  /** the plan's name */
  context: string | null;
  /** "/improvement-tasks/{taskId}" */
  link: string | null;
  subjectType: string;
  subjectId: number;
  /** yyyy-MM-dd */
  followUpDate: string | null;
  assignee: string | null;
  /** the assignee's name (Họ và tên), shown instead of the username */
  assigneeName?: string | null;
  /** when the step arrived (ISO instant) */
  createdAt?: string | null;
};

export type TaskStatus = 'WAITING' | 'OPEN' | 'SUBMITTED' | 'RETURNED' | 'ACCEPTED' | 'CANCELLED';

export type TaskCriterion = {
  code: string | null;
  title: string;
  max: number | null;
  achieved: number | null;
  target: number | null;
  tasks: string | null;
  expectedOutput: string | null;
  requirement: string | null;
  deadlineText: string | null;
  supportingUnits: string[];
};

export type Contribution = { unit: string | null; note: string | null; by: string; at: string };
export type TaskComment = { author: string; body: string; at: string };
export type TaskAttachment = { id: number; filename: string; size: number; uploadedBy: string; uploadedAt: string };
export type HistoryStep = { name: string; role?: StepRole | null; unit: string | null; status: 'DONE' | 'CANCELLED'; createdAt: string; completedAt: string | null };
/** A step the caller may act on now. */
export type OpenStep = { workItemId: string; name: string; role: StepRole; unit: string | null; dueDate: string | null };

/** GET /api/improvement-tasks/{id}: a task occurrence with everything its page shows. */
export type TaskView = {
  id: number;
  planId: number;
  planName: string;
  label: string;
  status: TaskStatus;
  overdue: boolean;
  /** yyyy-MM-dd */
  opensOn: string | null;
  /** yyyy-MM-dd */
  dueOn: string | null;
  leadUnitId: number | null;
  leadUnit: string | null;
  criterion: TaskCriterion;
  report: string | null;
  reviewComment: string | null;
  submittedAt: string | null;
  submittedBy: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  contributions: Contribution[];
  comments: TaskComment[];
  attachments: TaskAttachment[];
  history: HistoryStep[];
  openSteps: OpenStep[];
};

/** Body of POST /api/tasks/{workItemId}/assign */
export type AssignRequest = { assignee: string | null; followUpDate: string | null };

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

/** A page of GET /api/tasks: the counts come with the first page only. */
export type InboxPage = {
  items: InboxEntry[];
  /** the next page's cursor; null at the end */
  nextCursor: string | null;
  /** per status, with every filter but the status */
  counts: Record<InboxStatus, number> | null;
};

/** GET /api/tasks/facets: the choices of the plan and field filters, of the list's whole scope. */
export type InboxFacets = { plans: { id: number; name: string }[]; fields: string[] };
