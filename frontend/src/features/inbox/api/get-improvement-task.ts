import { api } from '@/lib/api-client';
import type { TaskView } from '../types';
import { normalizeTask } from '../utils/normalize-task';
import { improvementTaskUrl } from './keys';

/** GET /api/improvement-tasks/{id} → the task with criterion, report, files, comments, history and the caller's open steps */
export async function getImprovementTask(id: number): Promise<TaskView> {
  return normalizeTask(await api.get<TaskView>(improvementTaskUrl(id)));
}
