import type { Context } from '../context.ts';
import { call } from './call.ts';
import { loadEach } from './loaders.ts';
import { anyRecordingId, recordingRef, type RecordingRef } from './recordings.ts';
import { withBody } from './writes.ts';

/** The current person's bookmarks, and whether they bookmarked a recording. */

export const fetchBookmarkStatuses = loadEach('GetBookmark');

/** `POST /recordings/{id}/bookmark.json` (201, idempotent). */
export function createBookmark(ctx: Context, recordingId: string) {
  return withBody(call(ctx, 'CreateBookmark', { recordingId: anyRecordingId(ctx, recordingId, 'recordingId') }));
}

/**
 * `DELETE /recordings/{id}/bookmark.json` (204, idempotent); answers the recording as a reference:
 * its id, and its type when a global id named it.
 */
export async function deleteBookmark(ctx: Context, recordingId: string): Promise<RecordingRef> {
  const ref = recordingRef(ctx, recordingId, 'recordingId');
  await call(ctx, 'DeleteBookmark', { recordingId: ref.id });
  return ref;
}
