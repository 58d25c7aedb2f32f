import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { keepScrollRegionsFocusable } from './lib/focusable-scroll-regions';
import { getPublicConfig, PUBLIC_CONFIG_QUERY_KEY } from './lib/public-config';
import { queryClient } from './lib/query-client';
import './styles.css';

// First call of the app: anonymous config, which also sets the XSRF-TOKEN cookie.
void queryClient.prefetchQuery({ queryKey: PUBLIC_CONFIG_QUERY_KEY, queryFn: getPublicConfig });

const root = document.getElementById('root')!;
keepScrollRegionsFocusable(root);

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
