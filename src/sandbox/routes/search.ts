import { isTrashed, isVisibleTo, visibleProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { badRequest } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { ok, type Reply } from '../reply.ts';
import { get, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderRecording } from '../shapes/index.ts';
import { recordingTitle } from '../shapes/recording.ts';
import type { Recording } from '../state/index.ts';

/** Search (docs: search.md): account-wide, across what the caller may see. */
export const search: Section = {
  docs: 'search',
  routes: withoutLegacyForm([
    get('/search.json', searchRecordings),
    get('/searches/metadata.json', getMetadata),
  ]),
};

/** The filter choices (docs: search.md, "Get search metadata"). */
const METADATA = {
  recording_search_types: [
    { key: null, value: 'Search Everything' },
    { key: 'Kanban::Card', value: 'Card tables' },
    { key: 'Chat::Transcript', value: 'Chats' },
    { key: 'Question', value: 'Check-ins' },
    { key: 'Client::Correspondence', value: 'Client emails' },
    { key: 'Comment', value: 'Comments' },
    { key: 'Document', value: 'Documents' },
    { key: 'Schedule::Entry', value: 'Events' },
    { key: 'Attachment', value: 'Files' },
    { key: 'Vault', value: 'Folders' },
    { key: 'Inbox::Forward', value: 'Forwarded emails' },
    { key: 'Message', value: 'Messages' },
    { key: 'Circle', value: 'Pings' },
    { key: 'Todo', value: 'To-dos' },
    { key: 'Todolist', value: 'To-do lists' },
  ],
  file_search_types: [
    { key: null, value: 'All files' },
    { key: 'Image', value: 'Images' },
    { key: 'Audio', value: 'Audios' },
    { key: 'Video', value: 'Videos' },
    { key: 'PDF', value: 'PDFs' },
  ],
  default_creator_label: 'by Anyone',
  default_bucket_label: 'Everywhere',
  default_circle_label: 'with Anyone',
  default_file_type_label: 'All files',
  default_type_label: 'Search Everything',
};

function getMetadata(): Reply {
  return ok(METADATA, 0);
}

const SINCE_DAYS: Record<string, number> = { last_7_days: 7, last_30_days: 30, last_90_days: 90, last_12_months: 365 };
const FILE_TYPES: Record<string, (contentType: string) => boolean> = {
  Image: (type) => type.startsWith('image/'),
  Audio: (type) => type.startsWith('audio/'),
  Video: (type) => type.startsWith('video/'),
  PDF: (type) => type === 'application/pdf',
};

/**
 * Every term of `q` must appear in the title or text (case-insensitive). Filters: both the
 * documented singular parameters (`type`, `bucket_id`, `creator_id`) and the spec's array forms
 * (`type_names[]`, `bucket_ids[]`, `creator_ids[]`), `file_type`, `exclude_chat`, `since`;
 * `sort=recency` orders by last update, the default by how often the terms occur, then recency.
 */
function searchRecordings(ctx: RequestContext): Reply {
  const terms = (ctx.query.get('q') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) throw badRequest('q is required');
  const types = listParam(ctx, 'type_names[]', 'type');
  const buckets = listParam(ctx, 'bucket_ids[]', 'bucket_id');
  const creators = listParam(ctx, 'creator_ids[]', 'creator_id');
  const fileType = ctx.query.get('file_type');
  const excludeChat = ['1', 'true'].includes(ctx.query.get('exclude_chat') ?? '');
  const sinceDays = SINCE_DAYS[ctx.query.get('since') ?? ''];
  const projects = new Set(
    visibleProjects(ctx.state, ctx.me)
      .filter((project) => project.status === 'active' && (!buckets || buckets.includes(project.id)))
      .map((project) => project.id),
  );
  const hits: { recording: Recording; score: number; updatedAt: number }[] = [];
  for (const recording of ctx.state.recordings.values()) {
    if (recording.parentId === null || recording.status !== 'active' || !projects.has(recording.bucketId)) continue;
    if (types && !types.includes(recording.type)) continue;
    if (creators && !creators.includes(recording.creatorId)) continue;
    if (excludeChat && recording.type.startsWith('Chat::')) continue;
    if (sinceDays !== undefined && recording.updatedAt < ctx.now() - sinceDays * 86_400_000) continue;
    if (fileType && !matchesFileType(recording, fileType)) continue;
    if (!isVisibleTo(ctx.me, recording) || isTrashed(ctx.state, recording)) continue;
    const haystack = searchableText(recording).toLowerCase();
    if (!terms.every((term) => haystack.includes(term))) continue;
    const score = terms.reduce((sum, term) => sum + haystack.split(term).length - 1, 0);
    hits.push({ recording, score, updatedAt: recording.updatedAt });
  }
  const recency = ctx.query.get('sort') === 'recency';
  hits.sort((a, b) => (recency ? 0 : b.score - a.score) || b.updatedAt - a.updatedAt || b.recording.id.localeCompare(a.recording.id));
  return paginate(ctx, hits, ({ recording }) => renderHit(ctx, recording, terms));
}

function listParam(ctx: RequestContext, arrayName: string, singular: string): string[] | undefined {
  const values = [...ctx.query.getAll(arrayName), ...ctx.query.getAll(singular)].flatMap((value) => value.split(',')).filter(Boolean);
  return values.length > 0 ? values : undefined;
}

function matchesFileType(recording: Recording, fileType: string): boolean {
  const contentType = (recording as unknown as { contentType?: unknown }).contentType;
  const test = FILE_TYPES[fileType];
  return typeof contentType === 'string' && (test ? test(contentType) : true);
}

/** Title plus whatever rich text the recording holds, without markup. */
function searchableText(recording: Recording): string {
  const fields = recording as unknown as Record<string, unknown>;
  const parts = [recordingTitle(recording)];
  for (const key of ['content', 'description', 'subject', 'name']) {
    if (typeof fields[key] === 'string') parts.push(plainText(fields[key] as string));
  }
  return parts.join(' \n ');
}

/** The recording's own shape plus the plain-text excerpts with the terms in `<em>` (docs: search.md). */
function renderHit(ctx: RequestContext, recording: Recording, terms: string[]): Record<string, unknown> {
  const body = renderRecording(ctx, recording) as Record<string, unknown>;
  const content = typeof body.content === 'string' ? body.content : null;
  const description = typeof body.description === 'string' ? body.description : null;
  return {
    ...body,
    content,
    description,
    plain_text_content: highlight(plainText(content ?? recordingTitle(recording)), terms),
    plain_text_description: highlight(plainText(description ?? ''), terms),
  };
}

function plainText(html: string): string {
  return html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;/g, ' ').replace(/\s+/g, ' ').trim();
}

function highlight(text: string, terms: string[]): string {
  const escaped = text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
  const pattern = terms.map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[&<>"]/g, '')).filter(Boolean);
  if (pattern.length === 0) return escaped;
  return escaped.replace(new RegExp(`(${pattern.join('|')})`, 'gi'), '<em>$1</em>');
}
