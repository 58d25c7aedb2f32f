import { api } from '@/lib/api-client';
import type { RunResult } from '../types';
import { ADMIN_REMINDERS_URL } from './keys';

/** POST /api/admin/reminders/run → sweeps the deadlines and sends now */
export async function runReminders(): Promise<RunResult> {
  return api.post<RunResult>(`${ADMIN_REMINDERS_URL}/run`);
}
