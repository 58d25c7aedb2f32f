import i18n from 'i18next';
import { DEFAULT_LANGUAGE, isLanguage } from '@/lib/i18n';

/**
 * The one fetch wrapper of the app. Every call to the backend goes through here:
 * - same-origin cookies (session),
 * - JSON in and out,
 * - the XSRF-TOKEN cookie echoed as X-XSRF-TOKEN on every non-GET request,
 * - the UI's language as Accept-Language, so that the server's messages come in that language,
 * - non-2xx answers turned into an ApiError parsed from the RFC 7807 problem body.
 */

export type ApiFieldError = {
  field?: string;
  row?: number;
  column?: string;
  message: string;
};

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly errors: ApiFieldError[];
  readonly url: string;
  /** A stale write's 409 carries the current state of what the caller tried to change. */
  readonly current?: unknown;

  constructor(init: { status: number; title: string; detail?: string; errors?: ApiFieldError[]; url: string; current?: unknown }) {
    super(init.detail || init.title);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.url = init.url;
    this.current = init.current;
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined' || !document.cookie) return undefined;
  for (const part of document.cookie.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return undefined;
}

export type Params = Record<string, string | number | boolean | undefined | null>;

export type RequestOptions = {
  params?: Params;
  body?: unknown;
  signal?: AbortSignal;
};

export function buildUrl(path: string, params?: Params): string {
  if (!params) return path;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    search.append(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}${path.includes('?') ? '&' : '?'}${query}` : path;
}

function asFieldErrors(value: unknown): ApiFieldError[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
    .map((e) => ({
      field: typeof e.field === 'string' ? e.field : undefined,
      row: typeof e.row === 'number' ? e.row : undefined,
      column: typeof e.column === 'string' ? e.column : undefined,
      message: typeof e.message === 'string' ? e.message : String(e.message ?? ''),
    }));
}

async function toApiError(response: Response, url: string): Promise<ApiError> {
  let body: Record<string, unknown> | undefined;
  const text = await response.text().catch(() => '');
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') body = parsed as Record<string, unknown>;
    } catch {
      // not JSON (a proxy page, say): keep the status only
    }
  }
  return new ApiError({
    status: response.status,
    title: typeof body?.title === 'string' ? body.title : response.statusText || `HTTP ${response.status}`,
    detail: typeof body?.detail === 'string' ? body.detail : undefined,
    errors: asFieldErrors(body?.errors),
    url,
    current: body?.current ?? undefined,
  });
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const url = buildUrl(path, options.params);
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE,
  };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) {
    body = options.body; // the browser sets the multipart boundary
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD') {
    const token = readCookie(XSRF_COOKIE);
    if (token) headers[XSRF_HEADER] = token;
  }

  let response: Response;
  try {
    response = await fetch(url, { method, headers, body, credentials: 'same-origin', signal: options.signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    // no network (or the server unreachable): said in words, not as the browser's "Failed to fetch"
    throw new ApiError({ status: 0, title: i18n.t('offline.title'), detail: i18n.t('offline.notSent'), url });
  }

  if (!response.ok) throw await toApiError(response, url);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  return (type.includes('json') ? JSON.parse(text) : text) as T;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
  upload: <T>(path: string, file: File | Blob, field = 'file', fileName?: string) => {
    const form = new FormData();
    if (fileName) form.append(field, file, fileName);
    else form.append(field, file);
    return request<T>('POST', path, { body: form });
  },
};
