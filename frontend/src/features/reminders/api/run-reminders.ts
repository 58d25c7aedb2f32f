import { typedApi } from '@/lib/api-paths';
import type { RunResult } from '../types';

/** POST /api/admin/reminders/run → sweeps the deadlines and sends now */
export function runReminders(): Promise<RunResult> {
  return typedApi.post('/api/admin/reminders/run');
}
