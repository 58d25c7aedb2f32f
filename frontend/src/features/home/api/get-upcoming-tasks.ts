import { api } from '@/lib/api-client';
import type { UpcomingTask } from '../types';

/** GET /api/tasks (the caller's inbox, nearest due first) → its first `limit` entries */
export async function getUpcomingTasks(limit = 5): Promise<{ tasks: UpcomingTask[]; total: number }> {
  const all = (await api.get<UpcomingTask[]>('/api/tasks')) ?? [];
  return { tasks: all.slice(0, limit), total: all.length };
}
