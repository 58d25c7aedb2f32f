import { useQuery } from '@tanstack/react-query';
import { getCriteriaSetDiff } from '../api/get-criteria-set-diff';
import { criteriaKeys } from '../api/keys';

/** Changes of the newer set against the older one; idle until both are chosen. */
export function useCriteriaDiff(newerId: number | undefined, olderId: number | undefined) {
  return useQuery({
    queryKey: criteriaKeys.diff(newerId ?? -1, olderId ?? -1),
    queryFn: () => getCriteriaSetDiff(newerId!, olderId!),
    enabled: newerId !== undefined && olderId !== undefined,
  });
}
