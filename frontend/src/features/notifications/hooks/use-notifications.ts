import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getNotifications } from '../api/get-notifications';
import { notificationKeys } from '../api/keys';
import { markAllNotificationsRead } from '../api/mark-all-notifications-read';
import { markNotificationRead } from '../api/mark-notification-read';
import type { NotificationInbox } from '../types';

export const NOTIFICATIONS_REFETCH_MS = 60_000;

/** The bell's notifications, fetched again every minute. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.all,
    queryFn: getNotifications,
    refetchInterval: NOTIFICATIONS_REFETCH_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

/** Marks one read at once in the cache (the answer carries the true unread count). */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: (id: number) => {
      queryClient.setQueryData<NotificationInbox>(notificationKeys.all, (inbox) => (inbox ? markOneRead(inbox, id) : inbox));
    },
    onSuccess: ({ unread }) => {
      queryClient.setQueryData<NotificationInbox>(notificationKeys.all, (inbox) => (inbox ? { ...inbox, unread } : inbox));
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => {
      queryClient.setQueryData<NotificationInbox>(notificationKeys.all, (inbox) =>
        inbox ? { unread: 0, items: inbox.items.map((n) => ({ ...n, read: true })) } : inbox,
      );
    },
  });
}

export function markOneRead(inbox: NotificationInbox, id: number): NotificationInbox {
  const target = inbox.items.find((n) => n.id === id);
  if (!target || target.read) return inbox;
  return {
    unread: Math.max(0, inbox.unread - 1),
    items: inbox.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
  };
}
