import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-client';

export const ME_QUERY_KEY = ['me'] as const;

/**
 * A 401 from any call means the session is gone: forget the current user, and the protected
 * layout sends the browser to /login (client-side, no reload). The login call itself answers 401
 * for wrong credentials; it is a mutation whose error the login form shows, and clearing an
 * already empty user there changes nothing.
 */
function onError(error: unknown, client: () => QueryClient) {
  if (isApiError(error) && error.status === 401 && !error.url.startsWith('/api/auth/login')) {
    client().setQueryData(ME_QUERY_KEY, null);
  }
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onError(error, () => client) }),
    mutationCache: new MutationCache({ onError: (error) => onError(error, () => client) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => {
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
      // offline, an action fails at once with a clear message rather than waiting unseen for the network
      mutations: { retry: false, networkMode: 'always' },
    },
  });
  return client;
}

export const queryClient = createQueryClient();
