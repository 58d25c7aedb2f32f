import { typedApi } from '@/lib/api-paths';
import type { OutboxPage, OutboxStatus } from '../types';

/** GET /api/admin/reminders/outbox?status= → {counts by status, items} (ADMIN) */
export function getOutbox(status: OutboxStatus | undefined): Promise<OutboxPage> {
  return typedApi.get('/api/admin/reminders/outbox', { params: { status } });
}
