import { api } from '@/lib/api-client';
import type { UpcomingTask } from '../types';

/** An improvement task's report waiting for the coordinator's review (Task_Review, inboxRole REVIEW). */
export const isReview = (task: UpcomingTask) =>
  task.role === 'REVIEW' && (task.subjectType === undefined || task.subjectType === 'IMPROVEMENT_TASK');

/** Newest first: the report submitted last on top; entries without a time last. */
export function newestFirst(tasks: readonly UpcomingTask[]): UpcomingTask[] {
  return [...tasks].sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? ''));
}

/** GET /api/tasks (the caller's inbox) → the reports waiting for review, newest first: the first `limit` and the count */
export async function getReviewQueue(limit = 10): Promise<{ tasks: UpcomingTask[]; total: number }> {
  const reviews = newestFirst(((await api.get<UpcomingTask[]>('/api/tasks')) ?? []).filter(isReview));
  return { tasks: reviews.slice(0, limit), total: reviews.length };
}
