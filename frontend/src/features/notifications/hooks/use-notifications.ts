import { type InfiniteData, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { getNotifications } from '../api/get-notifications';
import { notificationKeys } from '../api/keys';
import { markAllNotificationsRead } from '../api/mark-all-notifications-read';
import { markNotificationRead } from '../api/mark-notification-read';
import type { AppNotification, NotificationInbox } from '../types';

export const NOTIFICATIONS_REFETCH_MS = 60_000;

/** The pages of the bell that were loaded: the newest, then older ones on "more". */
export type NotificationPages = InfiniteData<NotificationInbox>;

/** The bell's notifications, a page at a time, fetched again every minute. */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: notificationKeys.all,
    queryFn: ({ pageParam, signal }) => getNotifications(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: NOTIFICATIONS_REFETCH_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

/** Marks one read at once in the cache (the answer carries the true unread count). */
export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  const update = (change: (pages: NotificationPages) => NotificationPages) =>
    queryClient.setQueryData<NotificationPages>(notificationKeys.all, (pages) => (pages ? change(pages) : pages));
  return useMutation({
    mutationFn: markNotificationRead,
    onMutate: (id: number) => update((pages) => markOneRead(pages, id)),
    onSuccess: ({ unread }) => update((pages) => eachPage(pages, (page) => ({ ...page, unread }))),
    onError: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSuccess: () => {
      queryClient.setQueryData<NotificationPages>(notificationKeys.all, (pages) =>
        pages ? eachPage(pages, (page) => ({ ...page, unread: 0, items: page.items.map((n) => ({ ...n, read: true })) })) : pages,
      );
    },
  });
}

/** Every loaded notification, newest first. */
export function loadedNotifications(pages: NotificationPages | undefined): AppNotification[] {
  return pages?.pages.flatMap((page) => page.items) ?? [];
}

export function markOneRead(pages: NotificationPages, id: number): NotificationPages {
  const target = loadedNotifications(pages).find((n) => n.id === id);
  if (!target || target.read) return pages;
  return eachPage(pages, (page) => ({
    ...page,
    unread: Math.max(0, page.unread - 1),
    items: page.items.map((n) => (n.id === id ? { ...n, read: true } : n)),
  }));
}

function eachPage(pages: NotificationPages, change: (page: NotificationInbox) => NotificationInbox): NotificationPages {
  return { ...pages, pages: pages.pages.map(change) };
}
