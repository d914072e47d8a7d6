import type { Context } from '../context.ts';
import { call } from './call.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { inputError, personIds, projectIds, requiredText } from './input.ts';
import { statusQuery } from './projects.ts';

export interface SearchArgs extends ConnectionArgs {
  query: string;
  types?: readonly string[] | null;
  projectIds?: readonly string[] | null;
  creatorIds?: readonly string[] | null;
  type?: string | null;
  projectId?: string | null;
  creatorId?: string | null;
  fileType?: string | null;
  excludeChat?: boolean | null;
  since?: string | null;
  sort?: string | null;
}

/**
 * `GET /search.json`. The list filters are the spec's `type_names[]`, `bucket_ids[]` and
 * `creator_ids[]`; the singular ones it deprecates (the docs' `type`, `bucket_id`, `creator_id`)
 * still go out as given. One filter said both ways is refused: which would Basecamp apply?
 */
export function search(ctx: Context, args: SearchArgs) {
  for (const [list, single] of [['types', 'type'], ['projectIds', 'projectId'], ['creatorIds', 'creatorId']] as const) {
    if (args[list]?.length && args[single] != null) throw inputError(list, `or ${single}, not both`);
  }
  const query = {
    q: requiredText(args.query, 'query'),
    'type_names[]': args.types ?? undefined,
    'bucket_ids[]': projectIds(ctx, args.projectIds),
    'creator_ids[]': personIds(ctx, args.creatorIds),
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
  const buckets = projectIds(ctx, args.projectIds);
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
