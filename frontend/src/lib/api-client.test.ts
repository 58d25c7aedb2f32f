import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from 'i18next';
import { api, ApiError, buildUrl, readCookie } from './api-client';

function jsonResponse(status: number, body: unknown, contentType = 'application/json') {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'Content-Type': contentType },
  });
}

function mockFetch(response: Response) {
  const fetchMock = vi.fn<typeof fetch>().mockResolvedValue(response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function headersOf(fetchMock: ReturnType<typeof mockFetch>, call = 0): Record<string, string> {
  return (fetchMock.mock.calls[call][1]?.headers ?? {}) as Record<string, string>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('api client', () => {
  it('sends the UI language as Accept-Language, so that server messages come in it', async () => {
    const fetchMock = vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(jsonResponse(200, {})));
    vi.stubGlobal('fetch', fetchMock);
    await api.get('/api/units');
    expect(headersOf(fetchMock)['Accept-Language']).toBe('vi');

    await i18n.changeLanguage('en');
    try {
      await api.post('/api/units', { name: 'x' });
      expect(headersOf(fetchMock, 1)['Accept-Language']).toBe('en');
    } finally {
      await i18n.changeLanguage('vi');
    }
  });

  it('sends GET with same-origin credentials and no XSRF header', async () => {
    document.cookie = 'XSRF-TOKEN=abc-123; path=/';
    const fetchMock = mockFetch(jsonResponse(200, [{ id: 1 }]));

    const result = await api.get<{ id: number }[]>('/api/units');

    expect(result).toEqual([{ id: 1 }]);
    const [url, init] = fetchMock.mock.calls[0];
    expect(url).toBe('/api/units');
    expect(init?.method).toBe('GET');
    expect(init?.credentials).toBe('same-origin');
    expect(headersOf(fetchMock)['X-XSRF-TOKEN']).toBeUndefined();
  });

  it('echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN on POST, PUT and DELETE', async () => {
    document.cookie = 'other=1; path=/';
    document.cookie = 'XSRF-TOKEN=tok%2Fen%3D%3D; path=/';
    const fetchMock = vi.fn<typeof fetch>().mockImplementation(async () => jsonResponse(200, { ok: true }));
    vi.stubGlobal('fetch', fetchMock);

    await api.post('/api/units', { name: 'Sở Nội vụ' });
    await api.put('/api/units/1', { name: 'Sở Nội vụ' });
    await api.delete('/api/units/1');

    for (let i = 0; i < 3; i++) expect(headersOf(fetchMock, i)['X-XSRF-TOKEN']).toBe('tok/en==');
    expect(headersOf(fetchMock)['Content-Type']).toBe('application/json');
    expect(fetchMock.mock.calls[0][1]?.body).toBe(JSON.stringify({ name: 'Sở Nội vụ' }));
  });

  it('sends no XSRF header when there is no cookie', async () => {
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
    expect(headersOf(fetchMock)['X-XSRF-TOKEN']).toBeUndefined();
  });

  it('uploads a file as multipart without setting Content-Type itself', async () => {
    document.cookie = 'XSRF-TOKEN=t1; path=/';
    const fetchMock = mockFetch(jsonResponse(200, { created: 2, updated: 1 }));
    const file = new File(['Tên đơn vị\n'], 'units.csv', { type: 'text/csv' });

    await expect(api.upload('/api/units/import', file)).resolves.toEqual({ created: 2, updated: 1 });

    const init = fetchMock.mock.calls[0][1];
    expect(init?.body).toBeInstanceOf(FormData);
    expect((init?.body as FormData).get('file')).toBeInstanceOf(File);
    expect(headersOf(fetchMock)['Content-Type']).toBeUndefined();
    expect(headersOf(fetchMock)['X-XSRF-TOKEN']).toBe('t1');
  });

  it('turns a 422 problem into an ApiError with field errors', async () => {
    mockFetch(
      jsonResponse(
        422,
        {
          type: 'about:blank',
          title: 'Dữ liệu không hợp lệ',
          status: 422,
          detail: 'Có 1 lỗi',
          errors: [{ field: 'name', message: 'Tên đơn vị là bắt buộc' }],
        },
        'application/problem+json',
      ),
    );

    const error = await api.post('/api/units', {}).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.status).toBe(422);
    expect(apiError.title).toBe('Dữ liệu không hợp lệ');
    expect(apiError.detail).toBe('Có 1 lỗi');
    expect(apiError.errors).toEqual([{ field: 'name', row: undefined, column: undefined, message: 'Tên đơn vị là bắt buộc' }]);
  });

  it('keeps row and column of import errors', async () => {
    mockFetch(
      jsonResponse(
        422,
        { title: 'Tệp có lỗi', status: 422, errors: [{ row: 3, column: 'Cấp', message: 'Cấp không hợp lệ: XYZ' }] },
        'application/problem+json',
      ),
    );
    const error = (await api.upload('/api/units/import', new Blob(['x'])).catch((e: unknown) => e)) as ApiError;
    expect(error.errors).toEqual([{ field: undefined, row: 3, column: 'Cấp', message: 'Cấp không hợp lệ: XYZ' }]);
    expect(error.message).toBe('Tệp có lỗi');
  });

  it('still throws an ApiError when the error body is not JSON', async () => {
    mockFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const error = (await api.get('/api/me').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.title).toBe('Bad Gateway');
    expect(error.errors).toEqual([]);
  });

  it('builds query strings and skips empty parameters', () => {
    expect(buildUrl('/api/users', { q: 'nguyễn', page: 0, size: 20, x: undefined, y: '' })).toBe(
      '/api/users?q=nguy%E1%BB%85n&page=0&size=20',
    );
  });

  it('reads one cookie among several', () => {
    document.cookie = 'a=1; path=/';
    document.cookie = 'XSRF-TOKEN=xyz; path=/';
    expect(readCookie('XSRF-TOKEN')).toBe('xyz');
    expect(readCookie('missing')).toBeUndefined();
  });
});
