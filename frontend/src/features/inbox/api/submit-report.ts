import { api } from '@/lib/api-client';
import type { TaskView } from '../types';
import { normalizeTask } from '../utils/normalize-task';
import { workItemUrl } from './keys';

/** POST /api/tasks/{workItemId}/report {report} (LEAD step) → the task */
export async function submitReport(workItemId: string, report: string): Promise<TaskView> {
  return normalizeTask(await api.post<TaskView>(`${workItemUrl(workItemId)}/report`, { report }));
}
