import { typedApi } from '@/lib/api-paths';
import type { TaskView } from '../types';

/** POST /api/improvement-tasks/steps/{workItemId}/accept {comment} (REVIEW step) → the task, closed */
export function acceptTask(workItemId: string, comment: string): Promise<TaskView> {
  return typedApi.post('/api/improvement-tasks/steps/{workItemId}/accept', { comment }, { path: { workItemId } });
}
