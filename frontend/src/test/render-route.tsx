import { render } from '@testing-library/react';
import { MemoryRouter, useLocation, useRoutes } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';

function Routes() {
  return useRoutes(routes);
}

/** The router's current path and query, for tests that check what a page writes into the URL. */
function Location() {
  const location = useLocation();
  return (
    <span data-testid="location" hidden>
      {location.pathname + location.search}
    </span>
  );
}

/** Renders the whole app (providers and routes) at a path, as a page test's starting point. */
export function renderRoute(path: string) {
  return render(
    <AppProvider queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes />
        <Location />
      </MemoryRouter>
    </AppProvider>,
  );
}
