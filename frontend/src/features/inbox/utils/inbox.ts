import type { InboxEntry, InboxStatus, StepRole, TaskStatus, TaskView } from '../types';

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

/** Most urgent first when the due dates are equal. */
const STATUS_RANK: Record<InboxStatus, number> = { OVERDUE: 0, RETURNED: 1, DUE_SOON: 2, OPEN: 3 };
const collator = new Intl.Collator('vi', { numeric: true });

/** Nearest due date first (no date last), then overdue, returned, due soon, open; then by title. */
export function sortEntries(entries: readonly InboxEntry[]): InboxEntry[] {
  return [...entries].sort((a, b) => {
    if (a.dueDate !== b.dueDate) {
      if (a.dueDate === null) return 1;
      if (b.dueDate === null) return -1;
      return a.dueDate < b.dueDate ? -1 : 1;
    }
    return (STATUS_RANK[a.status] ?? 9) - (STATUS_RANK[b.status] ?? 9) || collator.compare(a.title, b.title);
  });
}

/** Lower case without Vietnamese diacritics: "Kế hoạch Đề án" → "ke hoach de an". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();
}

export type InboxFilter = {
  statuses?: InboxStatus[];
  roles?: StepRole[];
  /** plan name (the entry's context) */
  plan?: string | null;
  /** matched against the title and the criterion code, ignoring case and diacritics */
  search?: string;
};

export function filterEntries(entries: readonly InboxEntry[], filter: InboxFilter): InboxEntry[] {
  const search = fold(filter.search ?? '');
  return entries.filter(
    (e) =>
      (!filter.statuses?.length || filter.statuses.includes(e.status)) &&
      (!filter.roles?.length || filter.roles.includes(e.role)) &&
      (!filter.plan || e.context === filter.plan) &&
      (!search || fold(e.title).includes(search) || fold(e.criterionCode ?? '').includes(search)),
  );
}

/** The distinct plan names of the entries, sorted. */
export function planNames(entries: readonly InboxEntry[]): string[] {
  return [...new Set(entries.map((e) => e.context).filter((c): c is string => Boolean(c)))].sort(collator.compare);
}

/** Entries per status, for the summary above the table. */
export function countByStatus(entries: readonly InboxEntry[]): Record<InboxStatus, number> {
  const counts: Record<InboxStatus, number> = { OVERDUE: 0, DUE_SOON: 0, RETURNED: 0, OPEN: 0 };
  for (const e of entries) counts[e.status] = (counts[e.status] ?? 0) + 1;
  return counts;
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
