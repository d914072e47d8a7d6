import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { createBookmark, deleteBookmark, fetchBookmarkStatuses } from '../resolvers/bookmarks.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { calls } from './coverage.ts';
import { specFields } from './fields.ts';
import { mutation } from './mutation.ts';
import { connectionOf, identifiedRef, paged } from './nodes.ts';
import { Recording, type RecordingShape } from './recording.ts';
import { loadRecordingNamed } from './recording-types.ts';

/** The current person's bookmarks: the list, whether a recording is bookmarked, adding and removing one. */

const BookmarkStatus = builder.objectRef<Wire.BookmarkStatus>('BookmarkStatus').implement({
  description: 'Whether the current person bookmarked a recording.',
  fields: (t) => ({ bookmarked: t.exposeBoolean('bookmarked') }),
});

builder.interfaceField(Recording, 'bookmark', (t) =>
  t.loadable({
    type: BookmarkStatus,
    ...calls('GetBookmark'),
    description: 'Whether the current person bookmarked it.',
    load: (ids: string[], ctx: Context) => fetchBookmarkStatuses(ctx, ids),
    resolve: (recording) => recording.id,
  }),
);

export const Bookmark = identifiedRef<Wire.Bookmark>('Bookmark').implement({
  description: 'The current person\'s personal link to one recording.',
  fields: (t) => ({
    ...specFields(t, 'Bookmark', {
      basecampId: 'The numeric Basecamp id of the bookmark, as a string.',
      createdAt: 'When it was bookmarked.',
    }),
    recording: t.field({
      type: Recording,
      nullable: true,
      description: 'What was bookmarked. Embedded in full, so this costs no extra call.',
      extensions: embedded(),
      resolve: (bookmark) => bookmark.recording as unknown as RecordingShape,
    }),
  }),
});

const BookmarkConnection = connectionOf(Bookmark);

builder.queryField('myBookmarks', (t) =>
  paged(t, BookmarkConnection, 'ListMyBookmarks', {
    description: 'The current person\'s bookmarks, newest first.',
  }),
);

const anyRecording = 'A global id of any recording, or its Basecamp id.';

mutation('createBookmark', {
  description: 'Bookmarks a recording for the current person (bookmarking twice keeps one bookmark).',
  uses: ['CreateBookmark'],
  input: (t) => ({ recordingId: t.id({ required: true, description: anyRecording }) }),
  resolve: (input, ctx) => createBookmark(ctx, input.recordingId),
  payload: { bookmark: { type: Bookmark, description: 'The bookmark.' } },
});

mutation('deleteBookmark', {
  description: 'Removes the current person\'s bookmark from a recording (a no-op when there is none).',
  uses: ['DeleteBookmark'],
  input: (t) => ({ recordingId: t.id({ required: true, description: anyRecording }) }),
  resolve: (input, ctx) => deleteBookmark(ctx, input.recordingId),
  payload: (t) => ({
    recordingBasecampId: t.id({ description: 'The Basecamp id of the recording no longer bookmarked.', resolve: (ref) => ref.id }),
    recording: t.field({
      type: Recording,
      nullable: true,
      description: 'The recording, as it is now: select `bookmark { bookmarked }` to update a client cache. Null when only a Basecamp id was given, since its type is then unknown.',
      resolve: (ref, _args, ctx) => loadRecordingNamed<RecordingShape>(ctx, ref),
    }),
  }),
});
