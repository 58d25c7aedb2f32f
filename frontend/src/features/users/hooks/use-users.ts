import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { createUser } from '../api/create-user';
import { getUsers } from '../api/get-users';
import { updateUser } from '../api/update-user';
import type { UserRequest, UsersQuery } from '../types';

export const USERS_QUERY_KEY = ['users'] as const;

export function useUsers(query: UsersQuery) {
  return useQuery({
    queryKey: [...USERS_QUERY_KEY, query],
    queryFn: () => getUsers(query),
    placeholderData: keepPreviousData,
  });
}

export function useSaveUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: UserRequest }) => (id === undefined ? createUser(body) : updateUser(id, body)),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
    // someone saved the user meanwhile: the list shows the current values behind the choice dialog
    onError: (error) => (isApiError(error) && error.status === 409 ? queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }) : undefined),
  });
}
