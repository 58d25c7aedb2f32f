import type { WorkPage } from '../types';

/** How many items a work list holds in all: the first page's counts per status, added up. */
export function pageTotal(page: WorkPage | null | undefined): number {
  return Object.values(page?.counts ?? {}).reduce((sum, n) => sum + n, 0);
}
