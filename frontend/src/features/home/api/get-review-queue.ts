import { typedApi } from '@/lib/api-paths';
import type { UpcomingTask } from '../types';
import { pageTotal } from './work-page';

/**
 * GET /api/tasks?role=REVIEW&kind=IMPROVEMENT_TASK&sort=newest (the caller's inbox: improvement task
 * reports waiting for review, the report submitted last first) → the first `limit` and the count
 */
export async function getReviewQueue(limit = 10): Promise<{ tasks: UpcomingTask[]; total: number }> {
  const page = await typedApi.get('/api/tasks', { params: { role: 'REVIEW', kind: 'IMPROVEMENT_TASK', sort: 'newest', size: limit } });
  return { tasks: page.items, total: pageTotal(page) };
}
