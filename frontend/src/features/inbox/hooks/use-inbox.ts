import { useQuery } from '@tanstack/react-query';
import { getInbox } from '../api/get-inbox';
import { inboxKeys } from '../api/keys';
import type { InboxScope } from '../types';

export const INBOX_REFETCH_MS = 60_000;

/** The caller's inbox (or one unit's open work), fetched again every minute (and when the window gets focus back). */
export function useInbox(scope: InboxScope = {}) {
  return useQuery({
    queryKey: inboxKeys.list(scope),
    queryFn: () => getInbox(scope),
    refetchInterval: INBOX_REFETCH_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}
