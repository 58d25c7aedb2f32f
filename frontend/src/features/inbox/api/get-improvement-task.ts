import { typedApi } from '@/lib/api-paths';
import type { TaskView } from '../types';

/** GET /api/improvement-tasks/{id} → the task with criterion, report, files, comments, history and the caller's open steps */
export function getImprovementTask(id: number): Promise<TaskView> {
  return typedApi.get('/api/improvement-tasks/{id}', { path: { id } });
}
