import type { Schemas } from '@/lib/api-paths';

/** An inbox entry (GET /api/tasks) as the home page shows it; createdAt: when the step arrived (for a review, when the report was submitted). */
export type UpcomingTask = Schemas['InboxServiceEntry'];

/** A page of GET /api/tasks as the home page reads it: the entries and, on the first page, the counts per status. */
export type WorkPage = Schemas['InboxServicePage'];
