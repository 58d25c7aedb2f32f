import type { CaseKind } from '../types';

/** React Query keys and URLs of the case view. */
export const caseKeys = {
  all: ['cases'] as const,
  one: (kind: CaseKind, id: number, unitId?: number) => ['cases', kind, id, unitId ?? null] as const,
};

export const caseUrl = (kind: CaseKind, id: number, unitId?: number) =>
  `/api/cases/${kind}/${id}${unitId === undefined ? '' : `/units/${unitId}`}`;
