import { typedApi } from '@/lib/api-paths';
import type { TestMailbox } from '../types';

/** GET /api/admin/test-mailbox (ADMIN) */
export function getTestMailbox(): Promise<TestMailbox> {
  return typedApi.get('/api/admin/test-mailbox');
}
