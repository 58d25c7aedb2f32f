import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useRoutes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppProvider } from '@/app/provider';
import { routes } from '@/app/router';
import { createQueryClient } from '@/lib/query-client';
import { fakeBackend, json, problem } from '@/test/fake-backend';

const config = {
  demo: true,
  demoAccounts: [
    { username: 'admin', displayName: 'Quản trị viên', roles: ['ADMIN'], unitName: null },
    { username: 'noivu', displayName: 'Nguyễn Thị Hoa', roles: ['COORDINATOR'], unitName: 'Phòng Nội vụ' },
  ],
  levels: [
    { code: 'PROVINCE', nameVi: 'Tỉnh, thành phố', nameEn: 'Province' },
    { code: 'DISTRICT', nameVi: 'Quận, huyện', nameEn: 'District' },
  ],
};

const coordinator = {
  username: 'noivu',
  displayName: 'Nguyễn Thị Hoa',
  email: 'noivu@example.vn',
  roles: ['COORDINATOR'],
  unit: { id: 7, name: 'Phòng Nội vụ', shortName: 'PNV', level: 'DISTRICT' },
};

// the app's route table in a MemoryRouter (jsdom's AbortSignal does not mix with the data router's Request)
function Routes() {
  return useRoutes(routes);
}

function renderApp(path = '/login'): QueryClient {
  const queryClient = createQueryClient();
  render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <Routes />
      </MemoryRouter>
    </AppProvider>,
  );
  return queryClient;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('login page', () => {
  it('lists the demo accounts and fills the form when one is clicked', async () => {
    fakeBackend({
      'GET /api/public/config': () => json(200, config),
      'GET /api/me': () => problem(401, 'Unauthorized'),
    });
    renderApp();

    const table = await screen.findByTestId('demo-accounts');
    expect(within(table).getByText('noivu')).toBeInTheDocument();
    expect(within(table).getByText('Nguyễn Thị Hoa')).toBeInTheDocument();
    expect(within(table).getByText('Phòng Nội vụ')).toBeInTheDocument();
    expect(within(table).getByText('Điều phối')).toBeInTheDocument();

    await userEvent.click(within(table).getByText('Nguyễn Thị Hoa'));

    expect(screen.getByLabelText('Tên đăng nhập')).toHaveValue('noivu');
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('demo');
  });

  it('shows no demo accounts when the server is not a demo', async () => {
    fakeBackend({
      'GET /api/public/config': () => json(200, { ...config, demo: false }),
      'GET /api/me': () => problem(401, 'Unauthorized'),
    });
    renderApp();
    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('Tài khoản dùng thử')).not.toBeInTheDocument());
  });

  it('shows the problem detail of a failed login and stays on the page', async () => {
    document.cookie = 'XSRF-TOKEN=t-1; path=/';
    const fetchMock = fakeBackend({
      'GET /api/public/config': () => json(200, config),
      'GET /api/me': () => problem(401, 'Unauthorized'),
      'POST /api/auth/login': () => problem(401, 'Unauthorized', 'Sai tên đăng nhập hoặc mật khẩu'),
    });
    renderApp();

    await userEvent.type(await screen.findByLabelText('Tên đăng nhập'), 'noivu');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'wrong');
    await userEvent.click(screen.getByTestId('login-submit'));

    expect(await screen.findByTestId('login-error')).toHaveTextContent('Sai tên đăng nhập hoặc mật khẩu');
    const loginCall = fetchMock.mock.calls.find(([url]) => url === '/api/auth/login');
    expect(JSON.parse(String(loginCall?.[1]?.body))).toEqual({ username: 'noivu', password: 'wrong' });
    expect((loginCall?.[1]?.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('t-1');
  });

  it('shows the wait time of a throttled login (429)', async () => {
    fakeBackend({
      'GET /api/public/config': () => json(200, config),
      'GET /api/me': () => problem(401, 'Unauthorized'),
      'POST /api/auth/login': () => problem(429, 'Too Many Requests', 'Thử lại sau 60 giây'),
    });
    renderApp();
    await userEvent.type(await screen.findByLabelText('Tên đăng nhập'), 'noivu');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'x');
    await userEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Thử lại sau 60 giây');
  });

  it('opens the home page of the primary role after a successful login', async () => {
    fakeBackend({
      'GET /api/public/config': () => json(200, config),
      'GET /api/me': () => problem(401, 'Unauthorized'),
      'POST /api/auth/login': () => json(200, coordinator),
      'GET /api/units': () =>
        json(200, [
          { id: 1, name: 'UBND tỉnh', shortName: null, aliases: [], parentId: null, level: 'PROVINCE' },
          { id: 7, name: 'Phòng Nội vụ', shortName: 'PNV', aliases: [], parentId: 1, level: 'DISTRICT' },
        ]),
      'GET /api/users': () => json(200, { content: [], page: 0, size: 1, totalElements: 12, totalPages: 12 }),
    });
    renderApp();
    await userEvent.type(await screen.findByLabelText('Tên đăng nhập'), 'noivu');
    await userEvent.type(screen.getByLabelText('Mật khẩu'), 'demo');
    await userEvent.click(screen.getByTestId('login-submit'));

    const home = await screen.findByTestId('home-coordinator');
    expect(within(home).getByText('Xin chào, Nguyễn Thị Hoa!')).toBeInTheDocument();
    expect(screen.getByTestId('header-unit')).toHaveTextContent('Phòng Nội vụ');
    expect(screen.getByTestId('logout')).toBeInTheDocument();
    expect(await screen.findByTestId('level-bar-DISTRICT')).toHaveTextContent('Quận, huyện');
  });

  it('sends an anonymous visitor of a protected page to the login page', async () => {
    fakeBackend({
      'GET /api/public/config': () => json(200, config),
      'GET /api/me': () => problem(401, 'Unauthorized'),
    });
    renderApp('/admin/units');
    expect(await screen.findByTestId('login-submit')).toBeInTheDocument();
  });
});
