import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from '@/lib/query-client';
import { PUBLIC_CONFIG_QUERY_KEY } from '@/lib/public-config';
import { login } from '../api/login';

export function useLogin(onLoggedIn?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      // nothing read for someone else (before a 401, or kept in this browser) is shown to this user
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== PUBLIC_CONFIG_QUERY_KEY[0] && q.queryKey[0] !== ME_QUERY_KEY[0] });
      queryClient.setQueryData(ME_QUERY_KEY, me);
      // the session changed: the backend issues a new XSRF-TOKEN cookie with the next config call
      await queryClient.refetchQueries({ queryKey: PUBLIC_CONFIG_QUERY_KEY }).catch(() => undefined);
      onLoggedIn?.();
    },
  });
}
