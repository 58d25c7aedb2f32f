import { api } from '@/lib/api-client';

/** DELETE /api/admin/test-mailbox → 204 */
export function clearTestMailbox(): Promise<void> {
  return api.delete('/api/admin/test-mailbox');
}
