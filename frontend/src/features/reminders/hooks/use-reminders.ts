import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { addCalendarDay } from '../api/add-calendar-day';
import { createCalendarToken } from '../api/create-calendar-token';
import { deleteCalendarDay } from '../api/delete-calendar-day';
import { getCalendarDays } from '../api/get-calendar-days';
import { getOutbox } from '../api/get-outbox';
import { getPolicy } from '../api/get-policy';
import { getPreferences } from '../api/get-preferences';
import { reminderKeys } from '../api/keys';
import { retryOutbox } from '../api/retry-outbox';
import { revokeCalendarToken } from '../api/revoke-calendar-token';
import { runReminders } from '../api/run-reminders';
import { savePolicy } from '../api/save-policy';
import { savePreferences } from '../api/save-preferences';
import type { OutboxStatus } from '../types';

export function usePreferences() {
  return useQuery({ queryKey: reminderKeys.preferences(), queryFn: getPreferences });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: savePreferences,
    onSuccess: (saved) => queryClient.setQueryData(reminderKeys.preferences(), saved),
  });
}

export function useCreateCalendarToken() {
  return useMutation({ mutationFn: createCalendarToken });
}

export function useRevokeCalendarToken() {
  return useMutation({ mutationFn: revokeCalendarToken });
}

export function usePolicy() {
  return useQuery({ queryKey: reminderKeys.policy(), queryFn: getPolicy });
}

export function useSavePolicy() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: savePolicy, onSuccess: (saved) => queryClient.setQueryData(reminderKeys.policy(), saved) });
}

/** The mails of a status, a page at a time (newest first), with the counts of every status. */
export function useOutbox(status: OutboxStatus | undefined, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: reminderKeys.outbox(status),
    queryFn: ({ pageParam, signal }) => getOutbox(status, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    refetchInterval: 60_000,
  });
}

/** A run or a retry changes the outbox (and maybe the caller's bell). */
function useOnRun() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
    return queryClient.invalidateQueries({ queryKey: ['reminders', 'outbox'] });
  };
}

export function useRunReminders() {
  const onRun = useOnRun();
  return useMutation({ mutationFn: runReminders, onSuccess: onRun });
}

export function useRetryOutbox() {
  const onRun = useOnRun();
  return useMutation({ mutationFn: retryOutbox, onSuccess: onRun });
}

export function useCalendarDays(year: number, enabled: boolean) {
  return useQuery({ queryKey: reminderKeys.calendar(year), queryFn: () => getCalendarDays(year), enabled });
}

export function useAddCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addCalendarDay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reminders', 'calendar'] }),
  });
}

export function useDeleteCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCalendarDay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reminders', 'calendar'] }),
  });
}
