import { typedApi } from '@/lib/api-paths';
import type { TaskView } from '../types';

/** POST /api/improvement-tasks/{id}/comments {body} → the task */
export function addTaskComment(id: number, body: string): Promise<TaskView> {
  return typedApi.post('/api/improvement-tasks/{id}/comments', { body }, { path: { id } });
}
