import { typedApi } from '@/lib/api-paths';

/** POST /api/admin/test-mailbox/test-message → 204: mails a test message to the logged-in admin */
export function sendTestMessage(): Promise<void> {
  return typedApi.post('/api/admin/test-mailbox/test-message');
}
