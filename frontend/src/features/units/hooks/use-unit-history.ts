import { useQuery } from '@tanstack/react-query';
import { UNITS_QUERY_KEY } from '@/lib/units';
import { getUnitHistory } from '../api/get-unit-history';

export function useUnitHistory(id: number | undefined) {
  return useQuery({
    queryKey: [...UNITS_QUERY_KEY, id, 'history'],
    queryFn: () => getUnitHistory(id!),
    enabled: id !== undefined,
  });
}
