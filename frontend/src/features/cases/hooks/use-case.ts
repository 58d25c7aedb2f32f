import { useQuery } from '@tanstack/react-query';
import { getCase } from '../api/get-case';
import { caseKeys } from '../api/keys';
import type { CaseKind } from '../types';

/** A case, fetched again every minute so the highlighted step follows the process. */
export function useCase(kind: CaseKind, id: number, unitId?: number) {
  return useQuery({
    queryKey: caseKeys.one(kind, id, unitId),
    queryFn: () => getCase(kind, id, unitId),
    enabled: Number.isFinite(id) && (unitId === undefined || Number.isFinite(unitId)),
    refetchInterval: 60_000,
  });
}
