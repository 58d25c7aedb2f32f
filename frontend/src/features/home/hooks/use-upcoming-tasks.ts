import { useQuery } from '@tanstack/react-query';
import { getUpcomingTasks } from '../api/get-upcoming-tasks';

export function useUpcomingTasks(enabled: boolean) {
  return useQuery({ queryKey: ['inbox', 'upcoming'], queryFn: () => getUpcomingTasks(5), enabled, refetchInterval: 60_000 });
}
