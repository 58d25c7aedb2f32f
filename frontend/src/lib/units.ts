import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';

/** A unit as GET /api/units returns it. Shared by the units, users and home features. */
export type Unit = {
  id: number;
  name: string;
  shortName?: string | null;
  aliases: string[];
  parentId: number | null;
  level: string;
  /** sent back with a change (optimistic locking) */
  version?: number;
};

export const UNITS_QUERY_KEY = ['units'] as const;

/** GET /api/units: the units the caller may see. */
export async function getUnits(): Promise<Unit[]> {
  const units = await api.get<Unit[]>('/api/units');
  return (units ?? []).map((u) => ({ ...u, aliases: u.aliases ?? [], parentId: u.parentId ?? null }));
}

export function useUnits(enabled = true) {
  return useQuery({ queryKey: UNITS_QUERY_KEY, queryFn: getUnits, enabled });
}
