import type * as Wire from '../client/wire-types.ts';
import type { TimelineEventRecord } from '../resolvers/timeline.ts';
import { builder } from './builder.ts';
import { RecordingType } from './closed-sets.ts';
import { embedded } from './cost-hints.ts';
import { specFields } from './fields.ts';
import { connectionOf, identifiedRef, paged } from './nodes.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';

/** What happened: a project's timeline, a person's progress and the account's progress report. */

const TimelineEventData = builder.objectRef<Wire.TimelineEventData>('TimelineEventData').implement({
  description: 'When a scheduled event takes place, on schedule-entry timeline events.',
  fields: (t) => ({
    allDay: t.exposeBoolean('all_day'),
    startsAt: t.exposeString('starts_at', { nullable: true, description: 'A timestamp, or a bare date for all-day entries.' }),
    endsAt: t.exposeString('ends_at', { nullable: true, description: 'A timestamp, or a bare date for all-day entries.' }),
  }),
});

const TimelineAttachment = identifiedRef<Wire.TimelineAttachment>('TimelineAttachment', { nullable: true }).implement({
  description: 'A file attached to what a timeline event is about.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { nullable: true }),
    type: t.expose('type', { type: RecordingType, nullable: true, description: '`UPLOAD` for uploaded files; absent for files inside rich text.' }),
    title: t.exposeString('title', { nullable: true }),
    filename: t.exposeString('filename', { nullable: true }),
    contentType: t.exposeString('content_type', { nullable: true }),
    byteSize: t.string({ nullable: true, description: 'Size in bytes, as a string: files can pass 2^31 bytes.', resolve: (file) => (file.byte_size == null ? null : String(file.byte_size)) }),
    width: t.exposeInt('width', { nullable: true }),
    height: t.exposeInt('height', { nullable: true }),
    downloadUrl: t.exposeString('download_url', { nullable: true }),
    appDownloadUrl: t.exposeString('app_download_url', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    appUrl: t.exposeString('app_url', { nullable: true }),
    previewUrl: t.exposeString('preview_url', { nullable: true }),
    thumbnailUrl: t.exposeString('thumbnail_url', { nullable: true }),
  }),
});

export const TimelineEvent = identifiedRef<TimelineEventRecord>('TimelineEvent').implement({
  description: 'Something that happened in a project, as the activity feed tells it. Basecamp serves events only in feeds, so they are not nodes.',
  fields: (t) => ({
    ...specFields(t, 'TimelineEvent', {
      basecampId: { nullable: false },
      createdAt: 'When it happened.',
      kind: 'What happened, e.g. `todo_created` or `message_created`; new kinds appear over time.',
      parentRecordingId: 'The Basecamp id of what it happened in (e.g. the to-do list of a new to-do).',
      url: 'REST URL of the recording it is about.',
      action: 'Who did what, as one line of text.',
      target: 'The name of what it happened in or to.',
      title: 'Action and target as one sentence.',
      summaryExcerpt: 'The start of the content, when there is some.',
      avatarsSample: 'Avatar URLs of the people in a chat summary.',
      attachments: { type: [TimelineAttachment] },
    }),
    creator: t.field({ type: Person, nullable: true, description: 'Who did it. Embedded in full: no extra call.', extensions: embedded(), resolve: (event) => event.creator ?? null }),
    bucket: t.field({ type: Project, nullable: true, description: 'The project it happened in.', resolve: (event) => event.bucket?.id ?? null }),
    data: t.expose('data', { type: TimelineEventData, nullable: true }),
  }),
});

const TimelineEventConnection = connectionOf(TimelineEvent);

builder.objectField(Project, 'timeline', (t) =>
  paged(t, TimelineEventConnection, 'GetProjectTimeline', {
    description: 'What happened in the project, newest first.',
    params: (project) => ({ projectId: project.id }),
  }),
);

builder.objectField(Person, 'progress', (t) =>
  paged(t, TimelineEventConnection, 'GetPersonProgress', {
    description: 'What this person did lately, newest first.',
    params: (person) => ({ personId: person.id }),
  }),
);

builder.queryField('progressReport', (t) =>
  paged(t, TimelineEventConnection, 'GetProgressReport', {
    description: 'What happened lately across every project you can see, newest first.',
  }),
);
