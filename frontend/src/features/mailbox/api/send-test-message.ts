import { api } from '@/lib/api-client';

/** POST /api/admin/test-mailbox/test-message → 204: mails a test message to the logged-in admin */
export function sendTestMessage(): Promise<void> {
  return api.post<void>('/api/admin/test-mailbox/test-message');
}
