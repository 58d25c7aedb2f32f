import { typedApi } from '@/lib/api-paths';
import type { TaskView } from '../types';

/** POST /api/improvement-tasks/steps/{workItemId}/contribute {note} (SUPPORT step) → the task */
export function contribute(workItemId: string, note: string): Promise<TaskView> {
  return typedApi.post('/api/improvement-tasks/steps/{workItemId}/contribute', { note }, { path: { workItemId } });
}
