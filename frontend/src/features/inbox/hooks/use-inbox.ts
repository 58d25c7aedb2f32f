import { useQuery } from '@tanstack/react-query';
import { getInbox } from '../api/get-inbox';
import { inboxKeys } from '../api/keys';

export const INBOX_REFETCH_MS = 60_000;

/** The caller's inbox, fetched again every minute (and when the window gets focus back). */
export function useInbox() {
  return useQuery({
    queryKey: inboxKeys.list(),
    queryFn: getInbox,
    refetchInterval: INBOX_REFETCH_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}
