/** React Query keys and URLs of the notifications feature (the bell). */
export const notificationKeys = {
  all: ['notifications'] as const,
};

export const NOTIFICATIONS_URL = '/api/notifications';
