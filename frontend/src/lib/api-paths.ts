import { api, type Params } from '@/lib/api-client';
import type { components, paths } from '@/lib/api-schema';

/**
 * The API's types, generated from the server's OpenAPI document (`openapi.json`, checked in and
 * compared with the server's by `OpenApiDocumentH2IT`; `npm run generate:api` writes `api-schema.d.ts`).
 * `Schemas['TaskView']` is what the server sends; `typedApi.get('/api/improvement-tasks/{id}', …)` is a call of
 * the one client (`api-client.ts`) typed by its path in the document.
 */
export type Schemas = components['schemas'];

type Method = 'get' | 'post' | 'put' | 'delete';

/** The paths of the document that have `method`. */
export type PathsWith<M extends Method> = {
  [P in keyof paths]: paths[P][M] extends undefined ? never : P;
}[keyof paths];

type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;
type Json<C> = C extends { 'application/json': infer B } ? B : C extends { '*/*': infer B } ? B : unknown;
type Ok<R> = R extends { 200: { content: infer C } }
  ? Json<C>
  : R extends { 201: { content: infer C } }
    ? Json<C>
    : R extends { 202: { content: infer C } }
      ? Json<C>
      : void;

/** What a successful `method path` answers, as the document says. */
export type ApiAnswer<P extends keyof paths, M extends Method> = Operation<P, M> extends { responses: infer R } ? Ok<R> : never;
/** The JSON body `method path` takes. */
export type ApiBody<P extends keyof paths, M extends Method> =
  NonNullable<Operation<P, M>['requestBody']> extends { content: infer C } ? Json<C> : never;
/** The path parameters of `method path` (`{id}` …). */
export type PathParams<P extends keyof paths, M extends Method> = Operation<P, M> extends { parameters: { path: infer X } } ? X : never;
/** The query parameters of `method path`. */
export type QueryParams<P extends keyof paths, M extends Method> = Operation<P, M> extends { parameters: { query?: infer X } } ? X : never;

/** The query of `method path`: its parameters' names from the document; a list may go as one comma-separated string. */
type Query<P extends keyof paths, M extends Method> = {
  [K in keyof QueryParams<P, M>]?: string | number | boolean | null | undefined;
};

type Args<P extends keyof paths, M extends Method> = {
  path?: PathParams<P, M>;
  params?: Query<P, M>;
  signal?: AbortSignal;
};

/** `/api/improvement-tasks/{id}` with `{ id: 7 }` → `/api/improvement-tasks/7` */
export function fillPath(template: string, values?: unknown): string {
  const given = (values ?? {}) as Record<string, string | number>;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (given[name] === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(String(given[name]));
  });
}

const options = <P extends keyof paths, M extends Method>(args?: Args<P, M>) => ({
  params: args?.params as Params | undefined,
  signal: args?.signal,
});

/** The one client (`api`), each call typed by its path and method in the document. */
export const typedApi = {
  get: <P extends PathsWith<'get'>>(path: P, args?: Args<P, 'get'>) =>
    api.get<ApiAnswer<P, 'get'>>(fillPath(path, args?.path), options(args)),
  post: <P extends PathsWith<'post'>>(path: P, body?: ApiBody<P, 'post'>, args?: Args<P, 'post'>) =>
    api.post<ApiAnswer<P, 'post'>>(fillPath(path, args?.path), body, options(args)),
  put: <P extends PathsWith<'put'>>(path: P, body?: ApiBody<P, 'put'>, args?: Args<P, 'put'>) =>
    api.put<ApiAnswer<P, 'put'>>(fillPath(path, args?.path), body, options(args)),
  delete: <P extends PathsWith<'delete'>>(path: P, args?: Args<P, 'delete'>) =>
    api.delete<ApiAnswer<P, 'delete'>>(fillPath(path, args?.path), options(args)),
};
