import type { Context } from '../context.ts';
import { call } from './call.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { fetchEach } from './loaders.ts';

export const fetchPeople = (ctx: Context, ids: readonly string[]) => fetchEach(ctx, ids, 'GetPerson', (personId) => ({ personId }));

/** `GET /people.json`: everyone visible to the current user. */
export function listPeople(ctx: Context, args: ConnectionArgs) {
  return paginate(ctx, 'ListPeople', {}, {}, args);
}

/** `GET /projects/{id}/people.json`: the active people on a project. */
export function listProjectPeople(ctx: Context, projectId: string, args: ConnectionArgs) {
  return paginate(ctx, 'ListProjectPeople', { projectId }, {}, args);
}

/** `GET /my/profile.json`: the person the token belongs to. */
export function fetchMe(ctx: Context) {
  return call(ctx, 'GetMyProfile', {});
}

/** `GET /circles/people.json`: everyone who can be pinged (not paged today; followed if it ever is). */
export function listPingablePeople(ctx: Context, args: ConnectionArgs) {
  return paginate(ctx, 'ListPingablePeople', {}, {}, args);
}
