import { useQuery } from '@tanstack/react-query';
import { typedApi, type Schemas } from './api-paths';

/** A unit as GET /api/units returns it (version: sent back with a change). Shared by the units, users and home features. */
export type Unit = Schemas['UnitView'];

export const UNITS_QUERY_KEY = ['units'] as const;

/** GET /api/units: the units the caller may see. */
export async function getUnits(): Promise<Unit[]> {
  return typedApi.get('/api/units');
}

export function useUnits(enabled = true) {
  return useQuery({ queryKey: UNITS_QUERY_KEY, queryFn: getUnits, enabled });
}
