import { vi } from 'vitest';

export type Handler = (init: RequestInit | undefined, url: string) => Response | Promise<Response>;

export const json = (status: number, body: unknown, contentType = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });

export const problem = (status: number, title: string, detail?: string, errors?: unknown[]) =>
  json(status, { type: 'about:blank', title, status, detail, errors }, 'application/problem+json');

/** Stubs fetch with handlers keyed by "METHOD /path" (query string ignored); unknown calls answer 404. */
export function fakeBackend(handlers: Record<string, Handler>) {
  const fetchMock = vi.fn<typeof fetch>().mockImplementation(async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.toString() : input.url;
    const path = url.split('?')[0];
    const handler = handlers[`${init?.method ?? 'GET'} ${path}`];
    return handler ? handler(init, url) : problem(404, 'Not Found');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}
