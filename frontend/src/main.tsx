import { onlineManager } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { keepScrollRegionsFocusable } from './lib/focusable-scroll-regions';
import { keepForOffline } from './lib/offline-cache';
import { getPublicConfig, PUBLIC_CONFIG_QUERY_KEY } from './lib/public-config';
import { queryClient } from './lib/query-client';
import './styles.css';

// Opened without a network: the last inbox, read-only (the service worker keeps the app's files, the
// query cache what was last read; React Query waits for the network instead of failing)
onlineManager.setOnline(navigator.onLine);
keepForOffline(queryClient);
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // the files this first visit loaded before the worker ran: it keeps them for the next one offline
        const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
        registration.active?.postMessage({ keep: loaded.filter((url) => new URL(url).pathname.startsWith('/assets/')) });
      })
      .catch(() => undefined);
  });
}

// First call of the app: anonymous config, which also sets the XSRF-TOKEN cookie.
void queryClient.prefetchQuery({ queryKey: PUBLIC_CONFIG_QUERY_KEY, queryFn: getPublicConfig });

const root = document.getElementById('root')!;
keepScrollRegionsFocusable(root);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
