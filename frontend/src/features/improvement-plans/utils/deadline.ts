import type { Deadline, DeadlineKind, PlanItem } from '../types';

export type DeadlineTagInfo = {
  /** i18n key of the tag text */
  labelKey: string;
  color: string;
};

const KIND_COLORS: Record<DeadlineKind, string> = {
  DATE: 'blue',
  RECURRING: 'purple',
  PERIOD: 'geekblue',
  ONGOING: 'cyan',
  NONE: 'default',
  UNPARSED: 'red',
};

/**
 * The tag of a deadline: Hạn / Định kỳ / Trong kỳ / Thường xuyên / Không hạn, or "Cần xác định"
 * in red whenever a person must set the date (unreadable text).
 */
export function deadlineTag(deadline: Pick<Deadline, 'kind' | 'needsAttention'>): DeadlineTagInfo {
  if (deadline.needsAttention || deadline.kind === 'UNPARSED') return { labelKey: 'plans.deadlineKinds.UNPARSED', color: 'red' };
  return { labelKey: `plans.deadlineKinds.${deadline.kind}`, color: KIND_COLORS[deadline.kind] ?? 'default' };
}

/** Items with a lead unit become tasks when the plan is activated; the others are context rows. */
export function isTaskItem(item: Pick<PlanItem, 'leadUnitId'>): boolean {
  return item.leadUnitId !== null && item.leadUnitId !== undefined;
}

/**
 * Number of task items, of the tasks activation starts (one per occurrence and lead unit), and of
 * the items whose deadline a person must set.
 */
export function countTasks(items: readonly PlanItem[]) {
  const tasks = items.filter(isTaskItem);
  return {
    tasks: tasks.length,
    occurrences: tasks.reduce((sum, item) => sum + (item.deadline?.occurrences ?? 0) * Math.max(1, item.leadUnitIds?.length ?? 1), 0),
    needsAttention: tasks.filter((item) => item.deadline?.needsAttention).length,
  };
}
