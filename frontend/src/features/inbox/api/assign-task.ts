import { typedApi } from '@/lib/api-paths';
import type { AssignRequest, TaskView } from '../types';

/** POST /api/improvement-tasks/steps/{workItemId}/assign {assignee, followUpDate} → the task */
export function assignTask(workItemId: string, body: AssignRequest): Promise<TaskView> {
  return typedApi.post('/api/improvement-tasks/steps/{workItemId}/assign', body, { path: { workItemId } });
}
