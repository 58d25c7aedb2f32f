import { api } from '@/lib/api-client';
import type { TestMailbox } from '../types';

/** GET /api/admin/test-mailbox (ADMIN) */
export async function getTestMailbox(): Promise<TestMailbox> {
  const box = await api.get<TestMailbox>('/api/admin/test-mailbox');
  return { enabled: Boolean(box?.enabled), messages: box?.messages ?? [] };
}
