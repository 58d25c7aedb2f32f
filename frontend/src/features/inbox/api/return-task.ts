import { api } from '@/lib/api-client';
import type { TaskView } from '../types';
import { normalizeTask } from '../utils/normalize-task';
import { workItemUrl } from './keys';

/** POST /api/tasks/{workItemId}/return {comment} (REVIEW step; comment required) → the task, back to the lead unit */
export async function returnTask(workItemId: string, comment: string): Promise<TaskView> {
  return normalizeTask(await api.post<TaskView>(`${workItemUrl(workItemId)}/return`, { comment }));
}
