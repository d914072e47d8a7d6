import { compareIds } from '../ids.ts';
import { findRecording, isTrashed, isVisibleTo, visibleProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { setStatus } from '../mutations.ts';
import { badRequest, notFound } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { statusFilter } from '../query.ts';
import { noContent, type Reply } from '../reply.ts';
import { get, put, type Handler } from '../router.ts';
import type { Section } from '../section.ts';
import { renderRecording } from '../shapes/index.ts';
import type { RecordingType } from '../state/index.ts';
import type { Status } from '../state/records.ts';

/** The `type` values `GET /projects/recordings.json` accepts (docs: recordings.md). */
export const LISTABLE_TYPES = [
  'Comment', 'Document', 'Door', 'Kanban::Card', 'Kanban::Step', 'Message', 'Question::Answer',
  'Schedule::Entry', 'Todo', 'Todolist', 'Upload', 'Vault',
] as const;

/** Recordings (docs: recordings.md): the cross-project index and status changes for any recording. */
export const recordings: Section = {
  docs: 'recordings',
  routes: [
    get('/projects/recordings.json', listRecordings, { legacy: false }),
    put('/recordings/:recordingId/status/trashed.json', changeStatus('trashed')),
    put('/recordings/:recordingId/status/archived.json', changeStatus('archived')),
    put('/recordings/:recordingId/status/active.json', changeStatus('active')),
  ],
};

/**
 * Trash, archive or restore a recording. Dock tools (no parent recording) are not recordings a
 * person can trash; they 404 like anything else out of reach.
 */
function changeStatus(status: Status): Handler {
  return (ctx) => {
    const id = param(ctx, 'recordingId');
    const type = ctx.state.recordings.get(id)?.type;
    if (type === undefined) throw notFound();
    const recording = findRecording(ctx, id, [type], { includeTrashed: true });
    if (recording.parentId === null) throw notFound();
    setStatus(ctx.state, recording, status, ctx.now());
    return noContent();
  };
}

/**
 * One type of recording across the projects the caller can see; `bucket` narrows to a
 * comma-separated list of projects, `status`, `sort` (created_at|updated_at) and `direction`
 * (desc|asc) as documented. Types the sandbox does not model yet come back empty.
 */
function listRecordings(ctx: RequestContext): Reply {
  const type = ctx.query.get('type');
  if (!type || !(LISTABLE_TYPES as readonly string[]).includes(type)) {
    throw badRequest(`type is required and must be one of: ${LISTABLE_TYPES.join(', ')}`);
  }
  const buckets = ctx.query.get('bucket')?.split(',').map((id) => id.trim()).filter(Boolean);
  const projectIds = new Set(
    visibleProjects(ctx.state, ctx.me)
      .filter((project) => project.status === 'active' && (!buckets || buckets.includes(project.id)))
      .map((project) => project.id),
  );
  const status = statusFilter(ctx);
  const sortKey = ctx.query.get('sort') === 'updated_at' ? 'updatedAt' : 'createdAt';
  const direction = ctx.query.get('direction') === 'asc' ? 1 : -1;
  const found = [...ctx.state.recordings.values()]
    .filter(
      (recording) =>
        recording.type === (type as RecordingType) &&
        projectIds.has(recording.bucketId) &&
        recording.status === status &&
        (status === 'trashed' || !isTrashed(ctx.state, recording)) &&
        isVisibleTo(ctx.me, recording),
    )
    .sort((a, b) => direction * (a[sortKey] - b[sortKey] || compareIds(a.id, b.id)));
  return paginate(ctx, found, (recording) => renderRecording(ctx, recording), {
    containerUpdatedAt: ctx.state.account.updatedAt,
  });
}
