import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from '@/lib/query-client';
import { PUBLIC_CONFIG_QUERY_KEY } from '@/lib/public-config';
import { logout } from '../api/logout';

export function useLogout(onLoggedOut?: () => void) {
  const queryClient = useQueryClient();
  const forget = async () => {
    // drop everything the previous user could see, keep only "nobody is logged in"
    queryClient.setQueryData(ME_QUERY_KEY, null);
    queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== PUBLIC_CONFIG_QUERY_KEY[0] && q.queryKey[0] !== ME_QUERY_KEY[0] });
    await queryClient.refetchQueries({ queryKey: PUBLIC_CONFIG_QUERY_KEY }).catch(() => undefined);
    onLoggedOut?.();
  };
  return useMutation({
    mutationFn: logout,
    onSuccess: forget,
    // a session that already expired is logged out all the same
    onError: forget,
  });
}
