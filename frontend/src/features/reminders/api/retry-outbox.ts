import { typedApi } from '@/lib/api-paths';
import type { RunResult } from '../types';

/** POST /api/admin/reminders/outbox/{id}/retry → what the run that follows did (409 unless FAILED) */
export function retryOutbox(id: number): Promise<RunResult> {
  return typedApi.post('/api/admin/reminders/outbox/{id}/retry', undefined, { path: { id } });
}
