import type { Context } from '../context.ts';
import { call } from './call.ts';
import { loadEach } from './loaders.ts';

export const fetchPeople = loadEach('GetPerson');

/** `GET /my/profile.json`: the person the token belongs to. */
export function fetchMe(ctx: Context) {
  return call(ctx, 'GetMyProfile', {});
}

