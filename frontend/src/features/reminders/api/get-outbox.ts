import { api } from '@/lib/api-client';
import type { OutboxPage, OutboxStatus } from '../types';
import { ADMIN_REMINDERS_URL } from './keys';

/** GET /api/admin/reminders/outbox?status= → {counts by status, items} (ADMIN) */
export async function getOutbox(status: OutboxStatus | undefined): Promise<OutboxPage> {
  const page = await api.get<OutboxPage>(`${ADMIN_REMINDERS_URL}/outbox`, { params: { status } });
  return { counts: page?.counts ?? {}, items: page?.items ?? [] };
}
