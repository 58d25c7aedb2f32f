import { typedApi } from '@/lib/api-paths';
import type { UpcomingTask } from '../types';
import { pageTotal } from './work-page';

/** GET /api/tasks?size= (the caller's inbox, nearest due first) → its first `limit` entries and how many there are */
export async function getUpcomingTasks(limit = 5): Promise<{ tasks: UpcomingTask[]; total: number }> {
  const page = await typedApi.get('/api/tasks', { params: { size: limit } });
  return { tasks: page.items, total: pageTotal(page) };
}
