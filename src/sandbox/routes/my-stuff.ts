import { visibleProjects } from '../access/visibility.ts';
import { plainText } from '../factories/chat.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { renderBookmark, renderDraft, renderNote } from '../shapes/personal.ts';
import type { Recording } from '../state/index.ts';
import { personalOf, type Bookmark, type Draft } from '../state/personal.ts';
import { FieldErrors, findAnyRecording, visibleRecording } from './personal-support.ts';
import { badRequest } from '../protocol/errors.ts';

/**
 * A person's own corners that the spec documents without a docs section: bookmarks, drafts and
 * the notebook note. Bookmark routes take any recording, so they have legacy forms too.
 */
export const myStuff: Section = {
  docs: 'my',
  routes: [
    get('/my/bookmarks.json', listBookmarks, { legacy: false }),
    get('/recordings/:recordingId/bookmark.json', getBookmark),
    post('/recordings/:recordingId/bookmark.json', createBookmark),
    del('/recordings/:recordingId/bookmark.json', deleteBookmark),
    get('/my/drafts.json', listDrafts, { legacy: false }),
    get('/my/notes.json', getNote, { legacy: false }),
    put('/my/notes.json', updateNote, { legacy: false }),
  ],
};

type Marked = Bookmark & { recording: Recording };

/** My bookmarks of recordings I can still see, most recently bookmarked first (paginated). */
function listBookmarks(ctx: RequestContext): Reply {
  const personal = personalOf(ctx.state);
  const items = personal.bookmarks
    .filter((bookmark) => bookmark.personId === ctx.me.id)
    .flatMap((bookmark): Marked[] => {
      const recording = visibleRecording(ctx, bookmark.recordingId);
      return recording ? [{ ...bookmark, recording, updatedAt: Math.max(bookmark.updatedAt, recording.updatedAt) }] : [];
    })
    .sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  return paginate(ctx, items, (item) => renderBookmark(ctx, item, item.recording), { containerUpdatedAt: personal.updatedAt });
}

function bookmarkOf(ctx: RequestContext, recordingId: string): Bookmark | undefined {
  return personalOf(ctx.state).bookmarks.find((bookmark) => bookmark.personId === ctx.me.id && bookmark.recordingId === recordingId);
}

function getBookmark(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  const bookmark = bookmarkOf(ctx, recording.id);
  return ok({ bookmarked: bookmark !== undefined }, Math.max(bookmark?.updatedAt ?? 0, personalOf(ctx.state).updatedAt));
}

/** Idempotent: bookmarking twice answers the existing bookmark. */
function createBookmark(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  const personal = personalOf(ctx.state);
  let bookmark = bookmarkOf(ctx, recording.id);
  if (!bookmark) {
    const now = ctx.now();
    bookmark = { id: personal.ids.bookmark.next(), personId: ctx.me.id, recordingId: recording.id, createdAt: now, updatedAt: now };
    personal.bookmarks.push(bookmark);
    personal.updatedAt = Math.max(now, personal.updatedAt);
  }
  return created(renderBookmark(ctx, bookmark, recording));
}

/** Idempotent: removing an absent bookmark is a 204 too. */
function deleteBookmark(ctx: RequestContext): Reply {
  const recording = findAnyRecording(ctx, param(ctx, 'recordingId'));
  const personal = personalOf(ctx.state);
  const bookmark = bookmarkOf(ctx, recording.id);
  if (bookmark) {
    personal.bookmarks = personal.bookmarks.filter((candidate) => candidate !== bookmark);
    personal.updatedAt = Math.max(ctx.now(), personal.updatedAt);
  }
  return noContent();
}

/**
 * My drafts in active projects I can see, most recently updated first (paginated): the seeded ones
 * and the messages and documents I saved as drafts (a schedule entry's draft is not listed here).
 */
function listDrafts(ctx: RequestContext): Reply {
  const active = new Set(visibleProjects(ctx.state, ctx.me).filter((project) => project.status === 'active').map((project) => project.id));
  const saved = [...ctx.state.recordings.values()].flatMap((recording) => (recording.status === 'drafted' && recording.creatorId === ctx.me.id ? draftOf(recording) : []));
  const drafts = [...personalOf(ctx.state).drafts, ...saved]
    .filter((draft) => draft.personId === ctx.me.id && active.has(draft.bucketId))
    .sort((a, b) => b.updatedAt - a.updatedAt || b.id.localeCompare(a.id));
  return paginate(ctx, drafts, (draft) => renderDraft(ctx, draft), { containerUpdatedAt: personalOf(ctx.state).updatedAt });
}

function getNote(ctx: RequestContext): Reply {
  const note = personalOf(ctx.state).notes.get(ctx.me.id);
  return ok(renderNote(ctx, note), note?.updatedAt ?? 0);
}

/** `{ note: { content } }`; blank content is a field-keyed 422 (spec: UpdateMyNote). */
function updateNote(ctx: RequestContext): Reply {
  const payload = ctx.body.note;
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) throw badRequest('note is required');
  const content = (payload as Record<string, unknown>).content;
  if (typeof content !== 'string' || content.replace(/<[^>]*>/g, '').trim() === '') throw new FieldErrors({ content: ["can't be blank"] });
  const personal = personalOf(ctx.state);
  const now = ctx.now();
  const note = personal.notes.get(ctx.me.id) ?? { id: personal.ids.note.next(), content: '', createdAt: now, updatedAt: now };
  note.content = content;
  note.updatedAt = Math.max(now, note.updatedAt);
  personal.notes.set(ctx.me.id, note);
  return ok(renderNote(ctx, note));
}

/** A drafted message or document as `/my/drafts` lists it; other kinds are not listed there. */
function draftOf(recording: Recording): Draft[] {
  if (recording.type !== 'Message' && recording.type !== 'Document') return [];
  const [kind, title] = recording.type === 'Message' ? (['message', recording.subject] as const) : (['document', recording.title] as const);
  return [{
    id: recording.id,
    personId: recording.creatorId,
    bucketId: recording.bucketId,
    kind,
    parentId: recording.parentId ?? '',
    title,
    excerpt: plainText(recording.content).slice(0, 300),
    createdAt: recording.createdAt,
    updatedAt: recording.updatedAt,
    scheduledPostingAt: null,
  }];
}
