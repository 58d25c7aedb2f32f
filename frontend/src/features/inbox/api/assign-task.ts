import { typedApi } from '@/lib/api-paths';
import type { AssignRequest, TaskView } from '../types';

/** POST /api/tasks/{workItemId}/assign {assignee, followUpDate} → the task */
export function assignTask(workItemId: string, body: AssignRequest): Promise<TaskView> {
  return typedApi.post('/api/tasks/{workItemId}/assign', body, { path: { workItemId } });
}
