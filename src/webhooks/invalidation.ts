import type { RecordingChange } from './payload.ts';

/**
 * What the client's `invalidateRecording` reads from a change: the recording as a write's answer
 * would carry it (`url`, `parent`, `bucket`). From it the client marks the recording at all its
 * addresses (comments, events, subscribers), the parent and the lists holding it, the container
 * above the parent that it learned from earlier reads (a to-do set's lists show each list's
 * completion), the project and the cross-project feeds, for every token.
 */
export function changedRecording(change: RecordingChange): Record<string, unknown> {
  const { recording } = change;
  return {
    id: recording.id,
    type: recording.type,
    url: recording.path,
    ...(recording.parent && { parent: { id: recording.parent.id, type: recording.parent.type, url: recording.parent.path } }),
    bucket: { id: change.projectId, type: 'Project' },
  };
}

/**
 * A copy or move also changes where the recording landed: that list and its project. Prefixes are
 * account-relative paths, as `invalidate` takes them.
 */
export function landingPrefixes(change: RecordingChange): string[] {
  if (!change.copy) return [];
  return [change.copy.path, `/buckets/${change.copy.projectId}/recordings/${change.copy.id}.json`, `/projects/${change.copy.projectId}.json`];
}

/** Edits of a recording's own text: Basecamp's `*_title_updated`/`*_content_updated` (the sandbox says `_changed`). */
const EDIT = /_(title|content)_(updated|changed)$/;

/**
 * Where a parent lists children of a kind (the REST path segment of the child's own URL); the
 * kinds whose list address does not follow from the parent's URL are left out.
 */
const CHILD_LISTS: Record<string, string> = {
  todos: 'todos',
  messages: 'messages',
  documents: 'documents',
  uploads: 'uploads',
  vaults: 'vaults',
};

/**
 * For an edit of a recording's own title or text, the exact prefixes that show it: the recording
 * (at all its addresses), the list of its siblings under its parent, and the cross-project feeds.
 * The parent's own JSON and the container above it hold no child text, so they stay fresh: with
 * 20 people on one board, that is 20 calls a write fewer per level. Undefined for every other
 * change (a create, a completion, a move, a trash changes counts and ratios up the tree), which
 * takes the client's full `invalidateRecording`.
 */
export function editPrefixes(change: RecordingChange): string[] | undefined {
  const { recording } = change;
  if (!EDIT.test(change.kind) || !recording.parent) return undefined;
  const kind = /\/([a-z_]+)\/\d+\.json$/.exec(recording.path)?.[1];
  let list: string | undefined;
  if (kind === 'todolists') list = recording.parent.type === 'Todolist' ? 'groups' : 'todolists';
  else if (kind !== undefined) list = CHILD_LISTS[kind];
  if (list === undefined) return undefined;
  return [recording.path, `${recording.parent.path.slice(0, -'.json'.length)}/${list}.json`, '/projects/recordings.json', '/my/'];
}
