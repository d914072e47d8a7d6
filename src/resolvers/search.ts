import type { Context } from '../context.ts';
import { call } from './call.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { personIds, requiredText } from './input.ts';
import { statusQuery } from './projects.ts';

export interface SearchArgs extends ConnectionArgs {
  query: string;
  type?: string | null;
  projectId?: string | null;
  creatorId?: string | null;
  fileType?: string | null;
  excludeChat?: boolean | null;
  since?: string | null;
  sort?: string | null;
}

/** `GET /search.json`, with the documented singular filters (docs: search.md). */
export function search(ctx: Context, args: SearchArgs) {
  const query = {
    q: requiredText(args.query, 'query'),
    type: args.type ?? undefined,
    bucket_id: args.projectId ? toBasecampId(args.projectId, ctx.accountId, ['Project']) : undefined,
    creator_id: args.creatorId ? toBasecampId(args.creatorId, ctx.accountId, ['Person']) : undefined,
    file_type: args.fileType ?? undefined,
    exclude_chat: args.excludeChat ? 'true' : undefined,
    since: args.since ?? undefined,
    sort: args.sort ?? undefined,
  };
  return paginate(ctx, 'Search', {}, query, args);
}

/** `GET /searches/metadata.json`: the filter choices search takes. */
export function fetchSearchMetadata(ctx: Context) {
  return call(ctx, 'GetSearchMetadata', {});
}

export interface RecordingsArgs extends ConnectionArgs {
  type: string;
  projectIds?: readonly string[] | null;
  status?: string | null;
  sort?: string | null;
  direction?: string | null;
}

/**
 * `GET /projects/recordings.json`: one type of recording across projects. Several projects go
 * in the single `bucket=1,2,3` parameter, so they cost one call; defaults are left out.
 */
export function listRecordings(ctx: Context, args: RecordingsArgs) {
  const buckets = args.projectIds?.map((id) => toBasecampId(id, ctx.accountId, ['Project']));
  const query = {
    type: args.type,
    bucket: buckets?.length ? buckets.join(',') : undefined,
    status: statusQuery(args.status),
    sort: args.sort && args.sort !== 'created_at' ? args.sort : undefined,
    direction: args.direction && args.direction !== 'desc' ? args.direction : undefined,
  };
  return paginate(ctx, 'ListRecordings', {}, query, args);
}

export type FileKind = 'images' | 'pdfs' | 'documents' | 'videos';

/** `GET /files.json`: uploads and documents across projects. */
export function listEverythingFiles(ctx: Context, args: ConnectionArgs & { kind?: FileKind | null; creatorIds?: readonly string[] | null }) {
  return paginate(ctx, 'GetEverythingFiles', {}, { kind: args.kind ?? undefined, 'people_ids[]': personIds(ctx, args.creatorIds) }, args);
}
