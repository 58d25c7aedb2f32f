import { typedApi } from '@/lib/api-paths';

/** DELETE /api/admin/test-mailbox → 204 */
export function clearTestMailbox(): Promise<void> {
  return typedApi.delete('/api/admin/test-mailbox');
}
