import { onlineManager, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange);
const isOnline = () => onlineManager.isOnline();

/**
 * Without a network the app shows what it kept (src/lib/offline-cache.ts), read-only, and says so.
 * Drawn with plain elements in antd's warning colours: it is part of every page's first load.
 */
export function OfflineBanner() {
  const { t } = useTranslation();
  const online = useSyncExternalStore(subscribe, isOnline);
  const client = useQueryClient();
  if (online) return null;
  const keptAt = Math.max(0, ...client.getQueryCache().getAll().map((q) => q.state.dataUpdatedAt));
  return (
    <div
      role="status"
      data-testid="offline-banner"
      style={{ background: '#fffbe6', border: '1px solid #ffe58f', borderRadius: 8, padding: '10px 14px', marginBottom: 12 }}
    >
      <strong>{t('offline.title')}</strong>
      <div>{keptAt ? t('offline.keptAt', { time: formatDateTime(new Date(keptAt)) }) : t('offline.nothingKept')}</div>
    </div>
  );
}
