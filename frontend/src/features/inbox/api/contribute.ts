import { api } from '@/lib/api-client';
import type { TaskView } from '../types';
import { normalizeTask } from '../utils/normalize-task';
import { workItemUrl } from './keys';

/** POST /api/tasks/{workItemId}/contribute {note} (SUPPORT step) → the task */
export async function contribute(workItemId: string, note: string): Promise<TaskView> {
  return normalizeTask(await api.post<TaskView>(`${workItemUrl(workItemId)}/contribute`, { note }));
}
