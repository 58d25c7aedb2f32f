import type { TaskView } from '../types';

/** Fills the lists a partial answer may leave out. */
export function normalizeTask(task: TaskView): TaskView {
  return {
    ...task,
    criterion: { ...task.criterion, supportingUnits: task.criterion?.supportingUnits ?? [] },
    contributions: task.contributions ?? [],
    comments: task.comments ?? [],
    attachments: task.attachments ?? [],
    history: task.history ?? [],
    openSteps: task.openSteps ?? [],
  };
}
