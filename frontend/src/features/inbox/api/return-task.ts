import { typedApi } from '@/lib/api-paths';
import type { TaskView } from '../types';

/** POST /api/improvement-tasks/steps/{workItemId}/return {comment} (REVIEW step; comment required) → the task, back to the lead unit */
export function returnTask(workItemId: string, comment: string): Promise<TaskView> {
  return typedApi.post('/api/improvement-tasks/steps/{workItemId}/return', { comment }, { path: { workItemId } });
}
