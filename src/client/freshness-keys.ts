/**
 * The vocabulary of freshness marks: which account-relative paths a mark covers, which paths hold
 * the kinds of objects Basecamp webhooks report, and what a write makes stale. Pure functions and
 * one bounded map; no I/O.
 *
 * Paths are compared as canonical segments: the query and `.json` dropped, and a leading
 * `/buckets/{id}` dropped when more follows, because Basecamp serves `/buckets/1/todos/9.json` and
 * `/todos/9.json` alike (webhook payloads carry the first form, the resolvers use the second).
 *
 * A mark key is either a path prefix (`p:/todolists/2`, covering `/todolists/2.json` and
 * `/todolists/2/todos.json?page=2`) or a recording id (`i:9`, covering every path with the segment
 * `9`: `/todos/9.json`, `/recordings/9/comments.json`), since one recording answers at several
 * addresses and a status change (`/recordings/9/status/trashed.json`) names none of the others.
 * A third kind, `c:9`, covers the copies of recording (or project) 9 that other answers embed: a
 * to-do's `parent` carries its list's title, every recording's `bucket` its project's name.
 */

export type MarkKey = string;

/** Canonical segments of an account-relative path (`/todolists/2/todos.json?page=2` → todolists, 2, todos). */
export function canonicalSegments(path: string): { segments: string[]; bucket?: string } {
  const bare = (path.split(/[?#]/, 1)[0] ?? '').replace(/\.json$/, '');
  const segments = bare.split('/').filter((segment) => segment !== '');
  if (segments[0] === 'buckets' && segments[1] !== undefined && /^\d+$/.test(segments[1]) && segments.length > 2) {
    return { segments: segments.slice(2), bucket: segments[1] };
  }
  return { segments };
}

/** `/999/buckets/1/todos/9.json` in account 999 (from an absolute URL or a path) → `/buckets/1/todos/9.json`. */
export function accountPath(urlOrPath: string, accountId: string): string | undefined {
  let pathname: string;
  let search = '';
  if (urlOrPath.startsWith('/')) return urlOrPath;
  try {
    const url = new URL(urlOrPath);
    pathname = url.pathname;
    search = url.search;
  } catch {
    return undefined;
  }
  const at = pathname.indexOf(`/${accountId}/`);
  return at === -1 ? undefined : pathname.slice(at + accountId.length + 1) + search;
}

const isId = (segment: string): boolean => /^\d+$/.test(segment);

function pathKey(segments: readonly string[]): MarkKey {
  return `p:/${segments.join('/')}`;
}

export function idKey(id: string): MarkKey {
  return `i:${id}`;
}

/** `c:{id}`: every answer that embeds a copy of `id` (as its `parent` or `bucket`). */
export function copyKey(id: string): MarkKey {
  return `c:${id}`;
}

/** The ids whose copies an answer embeds: its (first item's) `parent` and `bucket`. */
export function copiedIds(body: unknown): string[] {
  const sample = Array.isArray(body) ? body.find(isRecord) : body;
  if (!isRecord(sample)) return [];
  return [sample.parent, sample.bucket].flatMap((copy) => (isRecord(copy) ? [idOf(copy)].filter((id): id is string => id !== undefined) : []));
}

/** `p:/buckets/{id}`: everything known to sit in that project (`invalidate(['/buckets/1'])`). */
export function projectKey(projectId: string): MarkKey {
  return `p:/buckets/${projectId}`;
}

/** The marks that make a stored GET of `path` stale: every ancestor prefix, every id in it, its project. */
export function lookupKeys(path: string, projectId?: string, copied: readonly string[] = []): MarkKey[] {
  const { segments, bucket } = canonicalSegments(path);
  const keys: MarkKey[] = ['p:/'];
  for (let i = 1; i <= segments.length; i++) keys.push(pathKey(segments.slice(0, i)));
  for (const segment of segments) if (isId(segment)) keys.push(idKey(segment));
  const project = bucket ?? projectId;
  if (project !== undefined) keys.push(projectKey(project));
  for (const id of copied) keys.push(copyKey(id));
  return [...new Set(keys)];
}

/**
 * What `invalidate(prefixes)` marks: each prefix, and the id it ends with (so the recording's
 * other addresses, e.g. its comments list, go stale too).
 */
export function prefixKeys(prefix: string): MarkKey[] {
  const { segments } = canonicalSegments(prefix);
  const keys = [pathKey(segments)];
  const last = segments.at(-1);
  if (last !== undefined && isId(last)) keys.push(idKey(last), copyKey(last));
  return keys;
}

/**
 * The object kinds Basecamp webhooks report (docs: webhooks.md: Comment, Todo, Todolist, Message,
 * Document, Upload, Vault, CloudFile, GoogleDocument, Schedule::Entry, Question(::Answer),
 * Kanban::Card/Step, Client::Approval/Forward/Reply, Inbox::Forward), their lists, and the
 * per-project containers whose counts change with their children (todosets, message boards, …),
 * named by the path segment that says what a GET returns (its last non-id segment).
 */
const COVERED_KINDS = new Set([
  'todos', 'todolists', 'todosets', 'groups', 'completion',
  'messages', 'message_boards', 'comments', 'events',
  'documents', 'uploads', 'vaults', 'cloud_files', 'google_documents',
  'schedule_entries', 'schedules', 'occurrences',
  'questionnaires', 'questions', 'answers', 'question_answers',
  'card_tables', 'cards', 'lists', 'columns', 'steps',
  'approvals', 'responses', 'correspondences', 'replies', 'inboxes', 'forwards', 'inbox_forwards',
]);

/** Segments that make a path something webhooks do not report, whatever it ends with. */
const UNCOVERED_SEGMENTS = new Set(['projects', 'people', 'chats', 'campfires', 'timesheet', 'boosts', 'subscription', 'my', 'reports', 'search', 'templates', 'webhooks', 'lineup']);

/** Whether a GET of `path` returns objects whose changes webhooks report (so a watched project keeps it fresh). */
export function isWebhookCovered(path: string): boolean {
  const { segments } = canonicalSegments(path);
  if (segments.some((segment) => UNCOVERED_SEGMENTS.has(segment))) return false;
  const kind = segments.findLast((segment) => !isId(segment));
  if (kind === 'entries') return segments.includes('schedules');
  return kind !== undefined && COVERED_KINDS.has(kind);
}

/** Where a recording sits, learned from bodies that passed through the client. */
export interface Placement {
  parent?: string;
  project?: string;
}

/**
 * Recording id → parent and project, learned from every body read, bounded (oldest first out).
 * It answers "which lists hold recording 9" for a status change whose answer is empty, and
 * "which project is `/recordings/9/comments.json` in" for an empty list.
 */
export class Placements {
  private readonly map = new Map<string, Placement>();

  constructor(private readonly max = 100_000) {}

  get(id: string): Placement | undefined {
    return this.map.get(id);
  }

  /** Reads ids, parents and projects from a JSON body: an object, or a list of them. */
  learn(body: unknown): void {
    if (Array.isArray(body)) {
      for (const item of body) this.learnOne(item);
    } else {
      this.learnOne(body);
    }
  }

  private learnOne(value: unknown): void {
    if (!isRecord(value)) return;
    const id = idOf(value);
    if (id === undefined) return;
    const parent = isRecord(value.parent) ? idOf(value.parent) : undefined;
    const project = isRecord(value.bucket) ? idOf(value.bucket) : undefined;
    if (parent !== undefined || project !== undefined) this.set(id, { ...(parent && { parent }), ...(project && { project }) });
    // A project's dock lists its tools (todoset, message board, …), which carry no bucket themselves.
    if (Array.isArray(value.dock)) {
      for (const tool of value.dock) {
        const toolId = isRecord(tool) ? idOf(tool) : undefined;
        if (toolId !== undefined) this.set(toolId, { project: id });
      }
    }
  }

  private set(id: string, placement: Placement): void {
    this.map.delete(id);
    this.map.set(id, placement);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      if (oldest !== undefined) this.map.delete(oldest);
    }
  }
}

/**
 * The project a stored GET belongs to: the URL's bucket, the body's `bucket` (or its first item's),
 * else what was learned about the ids in the path (an empty list still has a known parent).
 */
export function projectOf(path: string, body: unknown, placements: Placements): string | undefined {
  const { segments, bucket } = canonicalSegments(path);
  if (bucket !== undefined) return bucket;
  const sample = Array.isArray(body) ? body.find(isRecord) : body;
  if (isRecord(sample) && isRecord(sample.bucket)) {
    const id = idOf(sample.bucket);
    if (id !== undefined) return id;
  }
  for (const segment of [...segments].reverse()) {
    if (!isId(segment)) continue;
    const project = placements.get(segment)?.project;
    if (project !== undefined) return project;
  }
  return undefined;
}

/** Lists that span projects and change with any recording. */
const FEED_KEYS: MarkKey[] = ['p:/projects/recordings', 'p:/reports', 'p:/my'];

/** Segments under which a written path is a recording whose lists we must find. */
const RECORDING_ROOTS = new Set([...COVERED_KINDS, 'recordings']);

/**
 * What a write (POST, PUT or DELETE of `path`, answered with `body` or not at all) or a webhook
 * (`body` is its `recording`) makes stale:
 * - the written path up to its first id (`/todos/9`, `/todolists/2` for a create in that list,
 *   `/recordings/9` for `/recordings/9/status/trashed.json`), or the whole path when it has none;
 * - the recording (ids in the path, the answer's `id` and `url`), its parent (the answer's
 *   `parent`, else learned from earlier reads: the lists holding it) and, unless `shallow`, its
 *   grandparent (whose lists show the parent's counts: a to-do set's lists, a to-do's list for a
 *   comment); `shallow` suits an edit that changes no count (`todo_changed`): then neither the
 *   grandparent nor the recording's other addresses (its comments) are marked, only its own URL;
 * - the project (`/projects/{id}`) and the cross-project feeds.
 * When the parent of a written recording cannot be told (never read, and an empty answer), the
 * whole account is marked: a few revalidations are cheaper than a stale read of one's own write.
 */
export function writeKeys(path: string, body: unknown, placements: Placements, accountId: string, options: { shallow?: boolean } = {}): MarkKey[] {
  const { segments, bucket } = canonicalSegments(path);
  const keys = new Set<MarkKey>(FEED_KEYS);
  const projects = new Set<string>(bucket !== undefined ? [bucket] : []);
  const firstId = segments.findIndex(isId);
  keys.add(pathKey(firstId === -1 ? segments : segments.slice(0, firstId + 1)));

  const recordings = new Set(segments.filter(isId));
  const parents = new Set<string>();
  if (isRecord(body)) {
    const id = idOf(body);
    if (id !== undefined) recordings.add(id);
    if (isRecord(body.parent)) {
      const parent = idOf(body.parent);
      if (parent !== undefined) parents.add(parent);
    }
    for (const field of [body, body.parent]) {
      const url = isRecord(field) && typeof field.url === 'string' ? accountPath(field.url, accountId) : undefined;
      if (url !== undefined) keys.add(prefixKeys(url)[0]!);
    }
    const project = isRecord(body.bucket) ? idOf(body.bucket) : undefined;
    if (project !== undefined) projects.add(project);
  }
  const place = (id: string): string | undefined => {
    const placement = placements.get(id);
    if (placement?.project !== undefined) projects.add(placement.project);
    return placement?.parent;
  };
  // The answer's own parent wins; a written path's ids may include the parent itself (a create).
  const answeredParent = parents.size > 0;
  for (const id of recordings) {
    const parent = place(id);
    if (!answeredParent && parent !== undefined) parents.add(parent);
  }
  const grandparents = new Set<string>();
  for (const parent of parents) {
    const grandparent = place(parent);
    if (grandparent !== undefined && !options.shallow) grandparents.add(grandparent);
  }
  // By id: every address of a parent (its lists, its comments). A shallow edit of the recording
  // itself leaves its other addresses (its comments, its events) as they were.
  for (const id of [...(options.shallow && answeredParent ? [] : recordings), ...parents, ...grandparents]) keys.add(idKey(id));
  for (const project of projects) keys.add(pathKey(['projects', project]));
  // The copies other answers embed of what was written (its title as their parent, a project's
  // name as their bucket) are stale: even a shallow edit marks them.
  const written = isRecord(body) ? idOf(body) : undefined;
  if (written !== undefined) keys.add(copyKey(written));
  if (parents.size === 0 && segments[0] !== undefined && RECORDING_ROOTS.has(segments[0])) keys.add('p:/');
  return [...keys];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function idOf(value: Record<string, unknown>): string | undefined {
  const id = value.id;
  if (typeof id === 'string' && isId(id)) return id;
  if (typeof id === 'number' && Number.isSafeInteger(id)) return String(id);
  return undefined;
}
