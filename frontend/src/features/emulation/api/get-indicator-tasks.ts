import { typedApi } from '@/lib/api-paths';
import type { IndicatorTask } from '../types';

/** GET /api/emulation/{id}/scoreboard/{unitId}/{code}/tasks → the tasks behind a computed figure */
export function getIndicatorTasks(id: number, unitId: number, code: string): Promise<IndicatorTask[]> {
  return typedApi.get('/api/emulation/{id}/scoreboard/{unitId}/{code}/tasks', { path: { id, unitId, code } });
}
