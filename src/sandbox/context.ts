import type { IncomingHttpHeaders } from 'node:http';
import type { Person } from './state/records.ts';
import type { SandboxState } from './state/index.ts';
import type { Urls } from './urls.ts';

/** Everything a route handler may use. Built per request after every protocol gate has passed. */
export interface RequestContext {
  state: SandboxState;
  /** The person the bearer token speaks for. */
  me: Person;
  /** Path parameters (digit strings); `bucketId` is set on legacy `/buckets/{id}/…` routes. */
  params: Record<string, string>;
  query: URLSearchParams;
  /** The parsed JSON body of a write (`{}` when empty); ids under id keys are digit strings. */
  body: Record<string, unknown>;
  /** The request headers as received (lower-case names), e.g. a file upload's Content-Type. */
  headers: IncomingHttpHeaders;
  urls: Urls;
  /** The request path below the origin, e.g. `/4719306/todolists/5/todos.json` (no query). */
  pathname: string;
  now(): number;
}

/** Reads a path parameter the router guarantees to be present. */
export function param(ctx: RequestContext, name: string): string {
  const value = ctx.params[name];
  if (value === undefined) throw new Error(`route has no :${name} parameter`);
  return value;
}
