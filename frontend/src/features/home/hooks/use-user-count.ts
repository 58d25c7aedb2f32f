import { useQuery } from '@tanstack/react-query';
import { getUserCount } from '../api/get-user-count';

export function useUserCount(enabled: boolean) {
  return useQuery({ queryKey: ['users', 'count'], queryFn: getUserCount, enabled });
}
