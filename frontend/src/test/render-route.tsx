import { render } from '@testing-library/react';
import { MemoryRouter, useRoutes } from 'react-router';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';

function Routes() {
  return useRoutes(routes);
}

/** Renders the whole app (providers and routes) at a path, as a page test's starting point. */
export function renderRoute(path: string) {
  return render(
    <AppProvider queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes />
      </MemoryRouter>
    </AppProvider>,
  );
}
