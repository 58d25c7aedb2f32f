import { useQuery } from '@tanstack/react-query';
import { getIndicatorTasks } from '../api/get-indicator-tasks';
import { getScoreboard } from '../api/get-scoreboard';
import { emulationKeys } from '../api/keys';

export function useScoreboard(id: number) {
  return useQuery({ queryKey: emulationKeys.scoreboard(id), queryFn: () => getScoreboard(id) });
}

/** The tasks behind one computed figure, fetched when the drawer opens. */
export function useIndicatorTasks(id: number, cell: { unitId: number; code: string } | undefined) {
  return useQuery({
    queryKey: emulationKeys.indicatorTasks(id, cell?.unitId ?? -1, cell?.code ?? ''),
    queryFn: () => getIndicatorTasks(id, cell!.unitId, cell!.code),
    enabled: cell !== undefined,
  });
}
