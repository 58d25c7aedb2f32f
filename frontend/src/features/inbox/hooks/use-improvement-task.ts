import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { acceptTask } from '../api/accept-task';
import { addTaskComment } from '../api/add-task-comment';
import { assignTask } from '../api/assign-task';
import { contribute } from '../api/contribute';
import { getImprovementTask } from '../api/get-improvement-task';
import { inboxKeys } from '../api/keys';
import { returnTask } from '../api/return-task';
import { submitReport } from '../api/submit-report';
import { uploadTaskAttachment } from '../api/upload-task-attachment';
import type { AssignRequest, TaskView } from '../types';

export function useImprovementTask(id: number | undefined) {
  return useQuery({ queryKey: inboxKeys.task(id ?? -1), queryFn: () => getImprovementTask(id!), enabled: id !== undefined });
}

/** Every action answers the whole task: cache it; steps done or added change the inbox too. */
function useOnTaskChanged(refreshInbox: boolean) {
  const queryClient = useQueryClient();
  return (task: TaskView) => {
    queryClient.setQueryData(inboxKeys.task(task.id), task);
    if (refreshInbox) void queryClient.invalidateQueries({ queryKey: inboxKeys.lists() });
    // the home page's short list shares the ["inbox"] prefix
    if (refreshInbox) void queryClient.invalidateQueries({ queryKey: ['inbox', 'upcoming'] });
  };
}

export type StepAction = 'report' | 'contribute' | 'accept' | 'return';

const ACTIONS: Record<StepAction, (workItemId: string, text: string) => Promise<TaskView>> = {
  report: submitReport,
  contribute,
  accept: acceptTask,
  return: returnTask,
};

/** Completes an open step: report (LEAD), contribute (SUPPORT), accept or return (REVIEW). */
export function useStepAction() {
  const onChanged = useOnTaskChanged(true);
  return useMutation({
    mutationFn: ({ action, workItemId, text }: { action: StepAction; workItemId: string; text: string }) => ACTIONS[action](workItemId, text),
    onSuccess: onChanged,
  });
}

export function useAssignStep() {
  const onChanged = useOnTaskChanged(true);
  return useMutation({ mutationFn: ({ workItemId, body }: { workItemId: string; body: AssignRequest }) => assignTask(workItemId, body), onSuccess: onChanged });
}

export function useAddTaskComment(taskId: number) {
  const onChanged = useOnTaskChanged(false);
  return useMutation({ mutationFn: (body: string) => addTaskComment(taskId, body), onSuccess: onChanged });
}

export function useUploadTaskAttachment(taskId: number) {
  const onChanged = useOnTaskChanged(false);
  return useMutation({ mutationFn: (file: File) => uploadTaskAttachment(taskId, file), onSuccess: onChanged });
}
