import { api } from '@/lib/api-client';
import type { TaskView } from '../types';
import { normalizeTask } from '../utils/normalize-task';
import { improvementTaskUrl } from './keys';

/** POST /api/improvement-tasks/{id}/attachments multipart "file" (≤ 20 MB) → the task */
export async function uploadTaskAttachment(id: number, file: File): Promise<TaskView> {
  return normalizeTask(await api.upload<TaskView>(`${improvementTaskUrl(id)}/attachments`, file));
}

