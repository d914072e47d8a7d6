import type { Context } from '../context.ts';
import { call } from './call.ts';
import { inputError } from './input.ts';
import { withBody } from './writes.ts';

/** The current person's private note (My Notes). */

export function fetchMyNote(ctx: Context) {
  return call(ctx, 'GetMyNote', {});
}

/** `PUT /my/notes.json` with the `note` envelope; Basecamp refuses blank content. */
export function updateMyNote(ctx: Context, input: { content: string }) {
  if (input.content.replace(/<[^>]*>/g, '').trim() === '') throw inputError('content', "can't be blank");
  return withBody(call(ctx, 'UpdateMyNote', {}, { body: { note: { content: input.content } } }));
}
