import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/** Without a network the app shows what it kept (src/lib/offline-cache.ts), read-only, and says so. */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribe, isOnline);
  const client = useQueryClient();
  if (online) return null;
  const keptAt = Math.max(0, ...client.getQueryCache().getAll().map((q) => q.state.dataUpdatedAt));
  return (
    <Alert
      type="warning"
      showIcon
      role="status"
      data-testid="offline-banner"
      title={t('offline.title')}
      description={keptAt ? t('offline.keptAt', { time: formatDateTime(new Date(keptAt)) }) : t('offline.nothingKept')}
      style={{ marginBottom: 12 }}
    />
  );
}
