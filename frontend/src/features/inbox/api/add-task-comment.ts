import { api } from '@/lib/api-client';
import type { TaskView } from '../types';
import { normalizeTask } from '../utils/normalize-task';
import { improvementTaskUrl } from './keys';

/** POST /api/improvement-tasks/{id}/comments {body} → the task */
export async function addTaskComment(id: number, body: string): Promise<TaskView> {
  return normalizeTask(await api.post<TaskView>(`${improvementTaskUrl(id)}/comments`, { body }));
}
