import type { Recording } from '../state/index.ts';
import { CARD_RECORDING_PATHS } from '../state/cards.ts';
import { CHAT_RECORDING_PATHS, LINE_TYPES, type CampfireLine } from '../state/chat.ts';
import { renderPersonById } from './person.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/**
 * The API path segment for each recording type (`todos`, `todolists`, …). A new docs section adds
 * its types here so every URL, `parent` link and bookmark agrees.
 */
export const RECORDING_PATHS: Record<Exclude<Recording['type'], CampfireLine['type']>, string> = {
  Todoset: 'todosets',
  Todolist: 'todolists',
  Todo: 'todos',
  'Message::Board': 'message_boards',
  Vault: 'vaults',
  'Chat::Transcript': 'chats',
  Schedule: 'schedules',
  Questionnaire: 'questionnaires',
  Inbox: 'inboxes',
  'Kanban::Board': 'card_tables',
  ...CARD_RECORDING_PATHS,
  ...CHAT_RECORDING_PATHS,
  Timesheet: 'timesheets',
  'Timesheet::Entry': 'timesheet_entries',
  Gauge: 'gauges',
  'Gauge::Needle': 'gauge_needles',
  Document: 'documents',
  Upload: 'uploads',
  CloudFile: 'cloud_files',
  GoogleDocument: 'google_documents',
  Message: 'messages',
  Comment: 'comments',
  'Schedule::Entry': 'schedule_entries',
  Question: 'questions',
  'Question::Answer': 'question_answers',
};

/** The human title of any recording (Basecamp's `title` key). */
export function recordingTitle(recording: Recording): string {
  switch (recording.type) {
    case 'Todolist':
      return recording.name;
    case 'Todo':
      return recording.content;
    case 'Message':
      return recording.subject;
    default:
      return recording.title;
  }
}

/** `url` and `app_url` of a recording, always in the bucket form the docs show. */
export function recordingUrls(ctx: ShapeContext, recording: Recording): { url: string; app_url: string } {
  // A Campfire line lives under its Campfire, wherever Basecamp links it (docs: campfires.md).
  if (isLine(recording)) {
    const chat = `chats/${recording.parentId ?? ''}`;
    return { url: ctx.urls.bucketApi(recording.bucketId, `${chat}/lines/${recording.id}`), app_url: ctx.urls.bucketApp(recording.bucketId, `${chat}@${recording.id}`) };
  }
  const path = `${RECORDING_PATHS[recording.type]}/${recording.id}`;
  return { url: ctx.urls.bucketApi(recording.bucketId, path), app_url: ctx.urls.bucketApp(recording.bucketId, path) };
}

/** The fields every recording opens with, `id` through `bookmark_url`, in the docs' key order. */
export function recordingHead(ctx: ShapeContext, recording: Recording): Record<string, unknown> {
  return {
    id: recording.id,
    status: recording.status,
    visible_to_clients: recording.visibleToClients,
    created_at: iso(recording.createdAt),
    updated_at: iso(recording.updatedAt),
    title: recordingTitle(recording),
    inherits_status: true,
    type: recording.type,
    ...recordingUrls(ctx, recording),
    bookmark_url: ctx.urls.bookmark('Recording', recording.id),
  };
}

/**
 * What a recording people discuss opens with, in the docs' key order: the head, the social links,
 * its `position` among its siblings (unless it has none), then the parent, bucket and creator stubs.
 */
export function recordingFrame(
  ctx: ShapeContext,
  recording: Recording,
  options: { positioned?: boolean } = {},
): Record<string, unknown> {
  return {
    ...recordingHead(ctx, recording),
    ...recordingSocial(ctx, recording),
    ...(options.positioned === false ? {} : { position: recording.position }),
    parent: recordingParent(ctx, recording),
    bucket: recordingBucket(ctx, recording),
    creator: recordingCreator(ctx, recording),
  };
}

/** What a dock tool (message board, to-do set, schedule, inbox) opens with: head, dock position, bucket, creator. */
export function toolFrame(ctx: ShapeContext, tool: Recording): Record<string, unknown> {
  return {
    ...recordingHead(ctx, tool),
    position: tool.position,
    bucket: recordingBucket(ctx, tool),
    creator: recordingCreator(ctx, tool),
  };
}

/** Subscription, comment and boost links for recordings people can discuss. */
export function recordingSocial(ctx: ShapeContext, recording: Recording): Record<string, unknown> {
  const base = `recordings/${recording.id}`;
  return {
    subscription_url: ctx.urls.bucketApi(recording.bucketId, `${base}/subscription`),
    comments_count: recording.commentsCount,
    comments_url: ctx.urls.bucketApi(recording.bucketId, `${base}/comments`),
    boosts_count: recording.boostsCount,
    boosts_url: ctx.urls.bucketApi(recording.bucketId, `${base}/boosts`),
  };
}

/** The `parent` stub: id, title, type and both URLs of the parent recording. */
export function recordingParent(ctx: ShapeContext, recording: Recording): Record<string, unknown> | undefined {
  const parent = recording.parentId === null ? undefined : ctx.state.recordings.get(recording.parentId);
  if (!parent) return undefined;
  return { id: parent.id, title: recordingTitle(parent), type: parent.type, ...recordingUrls(ctx, parent) };
}

/** The `bucket` stub: the project's id and name. */
export function recordingBucket(ctx: ShapeContext, recording: Recording): Record<string, unknown> {
  const project = ctx.state.projects.get(recording.bucketId);
  return { id: recording.bucketId, name: project?.name ?? '', type: 'Project' };
}

/** `creator` as the full person object, as the docs embed it. */
export function recordingCreator(ctx: ShapeContext, recording: Recording): Record<string, unknown> {
  return renderPersonById(ctx, recording.creatorId);
}

function isLine(recording: Recording): recording is CampfireLine {
  return (LINE_TYPES as readonly string[]).includes(recording.type);
}
