import type { RequestContext } from './context.ts';
import type { Reply } from './reply.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';
export type Handler = (ctx: RequestContext) => Reply;

/** One endpoint, written as its docs heading shows it: `GET /todolists/:todolistId/todos.json`. */
export interface Route {
  method: HttpMethod;
  /** Path below `/{accountId}`; `:name` segments match digits only; `.json` is optional on the wire. */
  pattern: string;
  /** Also serve the legacy `/buckets/:bucketId/…` form (docs README, "Flat routes"). */
  legacy: boolean;
  handler: Handler;
}

export interface RouteOptions {
  /** Default true: every bucket-scoped endpoint has a legacy form. */
  legacy?: boolean;
}

/** A declarer of routes for one HTTP method. */
export type Declare = (pattern: string, handler: Handler, options?: RouteOptions) => Route;

function declarer(method: HttpMethod): Declare {
  return (pattern, handler, options = {}) => ({ method, pattern, legacy: options.legacy ?? true, handler });
}

/** Declares a GET route. */
export const get = declarer('GET');
/** Declares a POST route. */
export const post = declarer('POST');
/** Declares a PUT route. */
export const put = declarer('PUT');
/** Declares a DELETE route. */
export const del = declarer('DELETE');

/** A resource's handlers by what they do; an action left out is not served. */
export interface ResourceHandlers {
  list?: Handler;
  create?: Handler;
  show?: Handler;
  update?: Handler;
  destroy?: Handler;
}

/**
 * Where each action of a resource is served. The docs keep to one convention (list and create on
 * the collection, show, update and destroy on the member), so a section names its two paths once.
 */
const RESOURCE_ACTIONS = [
  ['list', get, 'collection'],
  ['create', post, 'collection'],
  ['show', get, 'member'],
  ['update', put, 'member'],
  ['destroy', del, 'member'],
] as const;

/** The routes of a resource: `collection` e.g. `/stacks.json`, `member` e.g. `/stacks/:folderId.json`. */
export function resource(collection: string, member: string, handlers: ResourceHandlers): Route[] {
  const paths = { collection, member };
  return RESOURCE_ACTIONS.flatMap(([action, declare, where]) => {
    const handler = handlers[action];
    return handler ? [declare(paths[where], handler)] : [];
  });
}

/**
 * Routes with no legacy `/buckets/:bucketId/…` twin: account-wide ones (people, projects, the
 * caller's own things) and those whose path names the bucket already.
 */
export function withoutLegacyForm(routes: Route[]): Route[] {
  return routes.map((route) => ({ ...route, legacy: false }));
}

interface Compiled {
  route: Route;
  regex: RegExp;
  names: string[];
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * Matches request paths against routes. Ids are `\d+` so literal segments such as
 * `/projects/recordings.json` never collide with `/projects/:projectId.json`.
 */
export class Router {
  readonly #compiled: Compiled[] = [];

  constructor(routes: Iterable<Route>) {
    for (const route of routes) {
      this.#compiled.push(compile(route, route.pattern));
      if (route.legacy) this.#compiled.push(compile(route, `/buckets/:bucketId${route.pattern}`));
    }
  }

  /** The route for `method` + `path` (path below the account prefix, without query). */
  match(method: string, path: string): RouteMatch | undefined {
    for (const { route, regex, names } of this.#compiled) {
      if (route.method !== method) continue;
      const found = regex.exec(path);
      if (!found) continue;
      const params: Record<string, string> = {};
      names.forEach((name, index) => {
        params[name] = found[index + 1] ?? '';
      });
      return { route, params };
    }
    return undefined;
  }
}

function compile(route: Route, pattern: string): Compiled {
  const names: string[] = [];
  const source = pattern
    .replace(/\.json$/, '')
    .split('/')
    .map((segment) => {
      if (!segment.startsWith(':')) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(segment.slice(1));
      return '(\\d+)';
    })
    .join('/');
  return { route, regex: new RegExp(`^${source}(?:\\.json)?$`), names };
}
