import { api } from '@/lib/api-client';
import type { TaskView } from '../types';
import { normalizeTask } from '../utils/normalize-task';
import { workItemUrl } from './keys';

/** POST /api/tasks/{workItemId}/accept {comment} (REVIEW step) → the task, closed */
export async function acceptTask(workItemId: string, comment: string): Promise<TaskView> {
  return normalizeTask(await api.post<TaskView>(`${workItemUrl(workItemId)}/accept`, { comment }));
}
