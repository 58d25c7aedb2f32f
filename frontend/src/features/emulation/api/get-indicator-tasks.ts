import { api } from '@/lib/api-client';
import type { IndicatorTask } from '../types';
import { movementUrl } from './keys';

/** GET /api/emulation/{id}/scoreboard/{unitId}/{code}/tasks → the tasks behind a computed figure */
export async function getIndicatorTasks(id: number, unitId: number, code: string): Promise<IndicatorTask[]> {
  return (await api.get<IndicatorTask[]>(`${movementUrl(id)}/scoreboard/${unitId}/${encodeURIComponent(code)}/tasks`)) ?? [];
}
