import { api } from '@/lib/api-client';
import type { RunResult } from '../types';
import { ADMIN_REMINDERS_URL } from './keys';

/** POST /api/admin/reminders/outbox/{id}/retry → what the run that follows did (409 unless FAILED) */
export async function retryOutbox(id: number): Promise<RunResult> {
  return api.post<RunResult>(`${ADMIN_REMINDERS_URL}/outbox/${id}/retry`);
}
