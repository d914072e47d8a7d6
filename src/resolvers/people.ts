import type { Context } from '../context.ts';
import { call } from './call.ts';
import { fetchEach } from './loaders.ts';

export const fetchPeople = (ctx: Context, ids: readonly string[]) => fetchEach(ctx, ids, 'GetPerson', (personId) => ({ personId }));

/** `GET /my/profile.json`: the person the token belongs to. */
export function fetchMe(ctx: Context) {
  return call(ctx, 'GetMyProfile', {});
}

