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

/** Declares a GET route. */
export function get(pattern: string, handler: Handler, options: RouteOptions = {}): Route {
  return { method: 'GET', pattern, legacy: options.legacy ?? true, handler };
}
/** Declares a POST route. */
export function post(pattern: string, handler: Handler, options: RouteOptions = {}): Route {
  return { method: 'POST', pattern, legacy: options.legacy ?? true, handler };
}
/** Declares a PUT route. */
export function put(pattern: string, handler: Handler, options: RouteOptions = {}): Route {
  return { method: 'PUT', pattern, legacy: options.legacy ?? true, handler };
}
/** Declares a DELETE route. */
export function del(pattern: string, handler: Handler, options: RouteOptions = {}): Route {
  return { method: 'DELETE', pattern, legacy: options.legacy ?? true, handler };
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
