import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getInbox, getInboxFacets } from '../api/get-inbox';
import { inboxKeys } from '../api/keys';
import type { InboxFilters, InboxScope } from '../types';

export const INBOX_REFETCH_MS = 60_000;

/**
 * The caller's inbox (or one unit's open work), filtered by the server, a page at a time
 * ("Tải thêm" asks for the next); fetched again every minute (and when the window gets focus back).
 */
export function useInbox(scope: InboxScope = {}, filters: Partial<InboxFilters> = {}) {
  return useInfiniteQuery({
    queryKey: inboxKeys.list(scope, filters),
    queryFn: ({ pageParam }) => getInbox(scope, filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    refetchInterval: INBOX_REFETCH_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

/** The choices of the list's plan and field filters: a pass over the whole scope on the server, so asked apart and kept for minutes. */
export function useInboxFacets(scope: InboxScope = {}) {
  return useQuery({
    queryKey: inboxKeys.facets(scope),
    queryFn: () => getInboxFacets(scope),
    staleTime: 120_000,
  });
}
