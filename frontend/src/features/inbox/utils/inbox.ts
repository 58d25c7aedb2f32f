import { INBOX_STATUSES, type InboxFilters, type InboxStatus, STEP_ROLES, type StepRole, type TaskStatus, type TaskView } from '../types';

/** OVERDUE red, DUE_SOON orange, RETURNED magenta, OPEN default. */
export const INBOX_STATUS_COLORS: Record<InboxStatus, string> = {
  OVERDUE: 'red',
  DUE_SOON: 'orange',
  RETURNED: 'magenta',
  OPEN: 'default',
};

export const STEP_ROLE_COLORS: Record<StepRole, string> = {
  LEAD: 'blue',
  SUPPORT: 'cyan',
  REVIEW: 'gold',
  APPRAISE: 'purple',
  EXPLAIN: 'magenta',
  APPROVE: 'green',
};

export const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  WAITING: 'default',
  OPEN: 'processing',
  SUBMITTED: 'blue',
  RETURNED: 'magenta',
  ACCEPTED: 'success',
  CANCELLED: 'default',
};

export const inboxStatusColor = (status: InboxStatus) => INBOX_STATUS_COLORS[status] ?? 'default';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The list of a repeatable or comma-separated URL parameter, keeping only the allowed values. */
function listParam<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] {
  const values = params.getAll(name).flatMap((v) => v.split(','));
  return [...new Set(values.map((v) => v.trim()).filter((v): v is T => (allowed as readonly string[]).includes(v)))];
}

/** The inbox's filters as the page's URL keeps them: ?status=OVERDUE,DUE_SOON&role=LEAD&planId=3&field=2&dueFrom=…&dueTo=…&q=… */
export function filtersFromParams(params: URLSearchParams): InboxFilters {
  const planId = params.get('planId');
  const dueFrom = params.get('dueFrom');
  const dueTo = params.get('dueTo');
  return {
    statuses: listParam(params, 'status', INBOX_STATUSES),
    roles: listParam(params, 'role', STEP_ROLES),
    planId: planId && /^\d+$/.test(planId) ? Number(planId) : null,
    field: params.get('field')?.trim() || null,
    dueFrom: dueFrom && ISO_DATE.test(dueFrom) ? dueFrom : null,
    dueTo: dueTo && ISO_DATE.test(dueTo) ? dueTo : null,
    q: params.get('q') ?? '',
  };
}

/** Writes the filters into the URL's parameters, keeping the others (the drill-down's unitId/allUnits). */
export function filtersToParams(filters: InboxFilters, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of ['status', 'role', 'planId', 'field', 'dueFrom', 'dueTo', 'q']) next.delete(name);
  if (filters.statuses.length) next.set('status', filters.statuses.join(','));
  if (filters.roles.length) next.set('role', filters.roles.join(','));
  if (filters.planId !== null) next.set('planId', String(filters.planId));
  if (filters.field) next.set('field', filters.field);
  if (filters.dueFrom) next.set('dueFrom', filters.dueFrom);
  if (filters.dueTo) next.set('dueTo', filters.dueTo);
  if (filters.q.trim()) next.set('q', filters.q.trim());
  return next;
}

export const isFiltered = (f: InboxFilters) =>
  f.statuses.length > 0 || f.roles.length > 0 || f.planId !== null || Boolean(f.field) || Boolean(f.dueFrom) || Boolean(f.dueTo) || f.q.trim() !== '';

/** Lower case without Vietnamese diacritics: "Kế hoạch Đề án" → "ke hoach de an". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
}

/**
 * The supporting units of the task's criterion that have not contributed yet: their open
 * contributions are closed when the report is accepted. Worked out from what the task page has
 * (the criterion's supporting units and the contributions given), by unit name.
 */
export function pendingSupportingUnits(task: Pick<TaskView, 'criterion' | 'contributions'>): string[] {
  const given = new Set(task.contributions.map((c) => c.unit).filter(Boolean));
  return task.criterion.supportingUnits.filter((unit) => unit && !given.has(unit));
}
