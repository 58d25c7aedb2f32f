import { typedApi } from '@/lib/api-paths';
import type { TaskView } from '../types';

/** POST /api/tasks/{workItemId}/report {report} (LEAD step) → the task */
export function submitReport(workItemId: string, report: string): Promise<TaskView> {
  return typedApi.post('/api/tasks/{workItemId}/report', { report }, { path: { workItemId } });
}
