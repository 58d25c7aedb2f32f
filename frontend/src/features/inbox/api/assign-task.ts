import { api } from '@/lib/api-client';
import type { AssignRequest, TaskView } from '../types';
import { normalizeTask } from '../utils/normalize-task';
import { workItemUrl } from './keys';

/** POST /api/tasks/{workItemId}/assign {assignee, followUpDate} → the task */
export async function assignTask(workItemId: string, body: AssignRequest): Promise<TaskView> {
  return normalizeTask(await api.post<TaskView>(`${workItemUrl(workItemId)}/assign`, body));
}
