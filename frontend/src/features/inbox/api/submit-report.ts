import { typedApi } from '@/lib/api-paths';
import type { TaskView } from '../types';

/** POST /api/improvement-tasks/steps/{workItemId}/report {report} (LEAD step) → the task */
export function submitReport(workItemId: string, report: string): Promise<TaskView> {
  return typedApi.post('/api/improvement-tasks/steps/{workItemId}/report', { report }, { path: { workItemId } });
}
