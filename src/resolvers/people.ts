import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { fetchEach } from './loaders.ts';

/** `GET /people/{id}.json`, batched per request. */
export const fetchPeople = (ctx: Context, ids: readonly string[]) => fetchEach<Wire.Person>(ctx, ids, (id) => `/people/${id}.json`);

/** `GET /people.json`: everyone visible to the current user. */
export function listPeople(ctx: Context, args: ConnectionArgs) {
  return paginate<Wire.Person>(ctx, '/people.json', {}, args);
}

/** `GET /projects/{id}/people.json`: the active people on a project. */
export function listProjectPeople(ctx: Context, projectId: string, args: ConnectionArgs) {
  return paginate<Wire.Person>(ctx, `/projects/${projectId}/people.json`, {}, args);
}

/** `GET /my/profile.json`: the person the token belongs to. */
export function fetchMe(ctx: Context) {
  return ctx.basecamp.get<Wire.Person>('/my/profile.json');
}
