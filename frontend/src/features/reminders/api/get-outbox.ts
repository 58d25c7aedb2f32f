import { typedApi } from '@/lib/api-paths';
import type { OutboxPage, OutboxStatus } from '../types';

export const OUTBOX_PAGE_SIZE = 50;

/** GET /api/admin/reminders/outbox?status=&cursor= → {counts by status, items newest first, nextCursor} (ADMIN) */
export function getOutbox(status: OutboxStatus | undefined, cursor: string | null, signal?: AbortSignal): Promise<OutboxPage> {
  return typedApi.get('/api/admin/reminders/outbox', {
    params: { status, cursor: cursor ?? undefined, size: OUTBOX_PAGE_SIZE },
    signal,
  });
}
