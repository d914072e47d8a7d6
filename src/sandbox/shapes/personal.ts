import { personalOf, preferencesOf, type Draft, type LineupMarker, type Note, type Notification, type Bookmark } from '../state/personal.ts';
import type { Person } from '../state/records.ts';
import type { Recording } from '../state/index.ts';
import type { Todo } from '../state/todos.ts';
import { avatarKey, signedGlobalId } from '../urls.ts';
import { renderRecording } from './index.ts';
import { renderPersonById } from './person.ts';
import { recordingTitle, recordingUrls } from './recording.ts';
import { iso, type ShapeContext } from './shape-context.ts';
import { DAY } from '../durations.ts';

/** The account (docs: account.md); `logo` only when one is set. */
export function renderAccount(ctx: ShapeContext): Record<string, unknown> {
  const { account } = ctx.state;
  const extras = personalOf(ctx.state).account;
  const owner = [...ctx.state.people.values()].find((person) => person.owner);
  return {
    id: account.id,
    name: account.name,
    owner_name: owner?.name,
    active: account.active,
    created_at: iso(extras.createdAt),
    updated_at: iso(Math.max(account.updatedAt, extras.logo?.updatedAt ?? 0)),
    trial: false,
    trial_ends_on: null,
    frozen: false,
    paused: false,
    limits: { can_create_projects: true, can_pin_projects: true, can_create_users: true, can_upload_files: true },
    subscription: {
      short_name: 'ClientsV1',
      proper_name: 'Basecamp With Clients',
      project_limit: null,
      teams: true,
      clients: true,
      templates: true,
      logo: true,
      timesheet: true,
    },
    settings: { company_hq_enabled: true, teams_enabled: true, projects_enabled: true },
    logo: extras.logo ? { url: `${ctx.urls.api}/account/logo/${encodeURIComponent(extras.logo.filename)}` } : undefined,
  };
}

/** `{ id, name, avatar_url }`: the minimal person of assignments and out-of-office answers. */
export function renderPersonMinimal(ctx: ShapeContext, person: Person): Record<string, unknown> {
  return { id: person.id, name: person.name, avatar_url: `${ctx.urls.api}/people/${avatarKey(person.id)}/avatar` };
}

/** `GET /my/preferences.json` (docs: people.md, "Get my preferences"). */
export function renderPreferences(ctx: ShapeContext, person: Person): Record<string, unknown> {
  const preferences = preferencesOf(personalOf(ctx.state), person.id);
  return {
    url: `${ctx.urls.api}/my/preferences.json`,
    app_url: `${ctx.urls.app}/my/preferences`,
    time_zone_name: person.timeZone,
    first_week_day: preferences.firstWeekDay,
    time_format: preferences.timeFormat,
  };
}

/**
 * A person's out of office (docs: out_of_office.md). Off: dates null, no `back_on_date`.
 * `ongoing` compares with today (UTC); `back_on_date` skips the weekend after the end.
 */
export function renderOutOfOffice(ctx: ShapeContext, person: Person, now: number): Record<string, unknown> {
  const ooo = personalOf(ctx.state).outOfOffice.get(person.id);
  const base = { person: renderPersonMinimal(ctx, person) };
  if (!ooo) return { ...base, enabled: false, ongoing: false, start_date: null, end_date: null };
  const today = isoDate(now);
  return {
    ...base,
    enabled: true,
    ongoing: ooo.startDate <= today && today <= ooo.endDate,
    start_date: ooo.startDate,
    end_date: ooo.endDate,
    back_on_date: nextWorkingDay(ooo.endDate),
  };
}

export function renderMarker(marker: LineupMarker): Record<string, unknown> {
  return { id: marker.id, name: marker.name, date: marker.date, created_at: iso(marker.createdAt), updated_at: iso(marker.updatedAt) };
}

/** A bookmark wraps the generic projection of the recording it points at. */
export function renderBookmark(ctx: ShapeContext, bookmark: Bookmark, recording: Recording): Record<string, unknown> {
  return { id: bookmark.id, created_at: iso(bookmark.createdAt), updated_at: iso(bookmark.updatedAt), recording: renderRecording(ctx, recording) };
}

/** The per-person notebook; before the first write the id and timestamps are null. */
export function renderNote(ctx: ShapeContext, note: Note | undefined): Record<string, unknown> {
  return {
    id: note?.id ?? null,
    type: 'Notebook::Note',
    created_at: note ? iso(note.createdAt) : null,
    updated_at: note ? iso(note.updatedAt) : null,
    content: note?.content ?? '',
    content_attachments: [],
    url: `${ctx.urls.api}/my/notes.json`,
    app_url: `${ctx.urls.app}/my/notes`,
  };
}

/** One to-do as the my-assignments lists show it (docs: my_assignments.md). */
export function renderAssignment(ctx: ShapeContext, todo: Todo, priority: boolean): Record<string, unknown> {
  const project = ctx.state.projects.get(todo.bucketId);
  const parent = todo.parentId === null ? undefined : ctx.state.recordings.get(todo.parentId);
  return {
    id: todo.id,
    app_url: recordingUrls(ctx, todo).app_url,
    content: todo.content,
    starts_on: todo.startsOn,
    due_on: todo.dueOn,
    bucket: { id: todo.bucketId, name: project?.name ?? '', app_url: `${ctx.urls.app}/buckets/${todo.bucketId}` },
    completed: todo.completion !== null,
    type: 'todo',
    assignees: todo.assigneeIds.flatMap((id) => {
      const person = ctx.state.people.get(id);
      return person ? [renderPersonMinimal(ctx, person)] : [];
    }),
    comments_count: todo.commentsCount,
    has_description: todo.description.trim() !== '',
    ...(priority ? { priority_recording_id: todo.id } : {}),
    parent: parent ? { id: parent.id, title: recordingTitle(parent), app_url: recordingUrls(ctx, parent).app_url } : undefined,
    children: [],
  };
}

/** One Hey! menu entry (docs: my_notifications.md). */
export function renderNotification(ctx: ShapeContext, notification: Notification, recording: Recording): Record<string, unknown> {
  const { api } = ctx.urls;
  return {
    id: notification.id,
    created_at: iso(notification.createdAt),
    updated_at: iso(notification.updatedAt),
    section: notification.section,
    unread_count: notification.unreadCount,
    unread_at: iso(notification.unreadAt),
    read_at: notification.readAt === null ? null : iso(notification.readAt),
    readable_sgid: readableSgid(recording.id),
    readable_identifier: `${recording.type.toLowerCase().replace(/::/g, '_')}_${recording.id}`,
    title: recordingTitle(recording),
    type: 'Recording',
    bucket_name: ctx.state.projects.get(recording.bucketId)?.name ?? '',
    creator: renderPersonById(ctx, notification.creatorId),
    content_excerpt: notification.excerpt,
    app_url: recordingUrls(ctx, recording).app_url,
    unread_url: `${api}/my/readings/${notification.id}.json`,
    bookmark_url: ctx.urls.bookmark('Recording', recording.id),
    // Docs: present only when the item can be kept for later (or forgotten, once kept).
    memory_url: notification.section === 'remembered' ? `${api}/my/readings/${notification.id}/memory.json` : undefined,
    bubble_up_url: `${api}/my/readings/${notification.id}/bubble_up.json`,
    bubble_up_at: notification.bubbleUpAt ? iso(notification.bubbleUpAt) : undefined,
    subscription_url: ctx.urls.bucketApi(recording.bucketId, `recordings/${recording.id}/subscription`),
    previewable_attachments: [],
    subscribed: true,
  };
}

/** The signed id a notification names its recording by; `PUT /my/unreads.json` takes it back. */
export function readableSgid(recordingId: string): string {
  return signedGlobalId('Recording', recordingId, 'readable');
}

const DRAFT_PATHS: Record<Draft['kind'], string> = {
  message: 'messages',
  document: 'documents',
  upload: 'uploads',
  client_approval: 'client/approvals',
  client_correspondence: 'client/correspondences',
};

/** A draft envelope (spec: Draft), not the recording projection. */
export function renderDraft(ctx: ShapeContext, draft: Draft): Record<string, unknown> {
  const project = ctx.state.projects.get(draft.bucketId);
  const parent = ctx.state.recordings.get(draft.parentId);
  return {
    id: draft.id,
    app_url: ctx.urls.bucketApp(draft.bucketId, `${DRAFT_PATHS[draft.kind]}/${draft.id}`),
    title: draft.title,
    type: draft.kind,
    bucket: { id: draft.bucketId, name: project?.name ?? '', app_url: `${ctx.urls.app}/buckets/${draft.bucketId}` },
    parent: parent ? { id: parent.id, title: recordingTitle(parent), app_url: recordingUrls(ctx, parent).app_url } : null,
    excerpt: draft.excerpt,
    created_at: iso(draft.createdAt),
    updated_at: iso(draft.updatedAt),
    scheduled_posting_at: draft.scheduledPostingAt === null ? null : iso(draft.scheduledPostingAt),
  };
}

export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function nextWorkingDay(date: string): string {
  let ms = Date.parse(`${date}T00:00:00Z`) + DAY;
  while ([0, 6].includes(new Date(ms).getUTCDay())) ms += DAY;
  return isoDate(ms);
}
