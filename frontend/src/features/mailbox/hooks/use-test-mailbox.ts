import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { clearTestMailbox } from '../api/clear-test-mailbox';
import { getTestMailbox } from '../api/get-test-mailbox';
import { sendTestMessage } from '../api/send-test-message';

export const TEST_MAILBOX_QUERY_KEY = ['test-mailbox'] as const;

export function useTestMailbox() {
  return useQuery({ queryKey: TEST_MAILBOX_QUERY_KEY, queryFn: getTestMailbox, staleTime: 0 });
}

export function useSendTestMessage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendTestMessage,
    // delivery is asynchronous on some servers: look again a little later too
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: TEST_MAILBOX_QUERY_KEY });
      setTimeout(() => void queryClient.invalidateQueries({ queryKey: TEST_MAILBOX_QUERY_KEY }), 1500);
    },
  });
}

export function useClearTestMailbox() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: clearTestMailbox,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: TEST_MAILBOX_QUERY_KEY }),
  });
}
