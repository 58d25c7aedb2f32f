import { dehydrate, hydrate, type Query, type QueryClient } from '@tanstack/react-query';
import { PUBLIC_CONFIG_QUERY_KEY } from './public-config';
import { ME_QUERY_KEY } from './query-client';

export const OFFLINE_CACHE_KEY = 'par.offline-cache';
const MAX_AGE_MS = 7 * 24 * 60 * 60_000;
const SAVE_DELAY_MS = 1_000;

/** Who is logged in, the public config and the inbox lists: what the app needs to open offline. */
function kept(query: Query) {
  const [root, kind] = query.queryKey as unknown[];
  return (
    query.state.status === 'success' &&
    (root === ME_QUERY_KEY[0] || root === PUBLIC_CONFIG_QUERY_KEY[0] || (root === 'inbox' && kind === 'list'))
  );
}

type Saved = { savedAt: number; state: ReturnType<typeof dehydrate> };

/**
 * The last inbox, kept in this browser for when the network is gone: restores what was kept (not
 * older than 7 days) into the query cache, as stale (online, each is read again when shown), then
 * keeps it up to date a second after each change. While nobody is logged in (before the first
 * login, after a logout or a 401) nothing is kept, at once. Returns the unsubscribe.
 */
export function keepForOffline(client: QueryClient, storage: Storage = window.localStorage): () => void {
  try {
    const saved = JSON.parse(storage.getItem(OFFLINE_CACHE_KEY) ?? 'null') as Saved | null;
    if (saved && Date.now() - saved.savedAt < MAX_AGE_MS) {
      hydrate(client, saved.state);
      void client.invalidateQueries({ refetchType: 'none' });
    }
  } catch {
    storage.removeItem(OFFLINE_CACHE_KEY);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    const saved: Saved = { savedAt: Date.now(), state: dehydrate(client, { shouldDehydrateQuery: kept }) };
    try {
      storage.setItem(OFFLINE_CACHE_KEY, JSON.stringify(saved));
    } catch {
      // storage full or refused (private mode): the app works, only not offline
    }
  };
  const unsubscribe = client.getQueryCache().subscribe(() => {
    if (client.getQueryData(ME_QUERY_KEY) == null) {
      if (timer) clearTimeout(timer);
      timer = undefined;
      storage.removeItem(OFFLINE_CACHE_KEY);
      return;
    }
    timer ??= setTimeout(save, SAVE_DELAY_MS);
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
