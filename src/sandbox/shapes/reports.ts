import type { Project } from '../state/records.ts';
import type { Recording } from '../state/index.ts';
import type { Gauge, GaugeNeedle, HillChart, Timesheet, TimesheetEntry } from '../state/reports.ts';
import { renderPersonById } from './person.ts';
import { recordingBucket, recordingCreator, recordingHead, recordingParent, recordingSocial, recordingTitle, recordingUrls } from './recording.ts';
import { renderRichText } from './rich-text.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/** Shapes of the reports family: timesheets.md, gauges.md, hill_charts.md and timeline.md. */

/** `…/projects/{id}/gauge.json` and the like: these live under the project, not `buckets/`. */
function projectUrls(ctx: ShapeContext, projectId: string, path: string): { url: string; app_url: string } {
  return { url: `${ctx.urls.api}/projects/${projectId}/${path}.json`, app_url: `${ctx.urls.app}/projects/${projectId}/${path}` };
}

/** A project's own timesheet, as a parent stub shows it; it is never listed on its own. */
export function renderTimesheet(ctx: ShapeContext, timesheet: Timesheet): Record<string, unknown> {
  return {
    ...recordingHead(ctx, timesheet),
    ...projectUrls(ctx, timesheet.bucketId, 'timesheet'),
    bucket: recordingBucket(ctx, timesheet),
    creator: recordingCreator(ctx, timesheet),
  };
}

/** A timesheet entry (docs: timesheets.md, "Get a timesheet entry"). */
export function renderTimesheetEntry(ctx: ShapeContext, entry: TimesheetEntry): Record<string, unknown> {
  return {
    ...recordingHead(ctx, entry),
    ...projectUrls(ctx, entry.bucketId, `timesheet/entries/${entry.id}`),
    parent: parentStub(ctx, entry),
    bucket: recordingBucket(ctx, entry),
    creator: recordingCreator(ctx, entry),
    date: entry.date,
    description: entry.description,
    hours: entry.hours,
    person: renderPersonById(ctx, entry.personId),
  };
}

/** The latest needles of a gauge, newest first. */
export function needlesOf(ctx: ShapeContext, gauge: Gauge): GaugeNeedle[] {
  const needles: GaugeNeedle[] = [];
  for (const recording of ctx.state.recordings.values()) {
    if (recording.type === 'Gauge::Needle' && recording.parentId === gauge.id && recording.status === 'active') needles.push(recording);
  }
  return needles.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
}

/** A project's gauge with its latest reading (docs: gauges.md, "Get gauges"). */
export function renderGauge(ctx: ShapeContext, gauge: Gauge): Record<string, unknown> {
  const [last, previous] = needlesOf(ctx, gauge);
  return {
    ...recordingHead(ctx, gauge),
    ...projectUrls(ctx, gauge.bucketId, 'gauge'),
    bucket: recordingBucket(ctx, gauge),
    creator: recordingCreator(ctx, gauge),
    description: last ? renderRichText(ctx, last.description) : undefined,
    // Basecamp sends the attachments array only once the gauge has a needle (openapi.json: Gauge).
    description_attachments: last ? [] : undefined,
    enabled: gauge.enabled,
    last_needle_color: last?.color ?? null,
    last_needle_position: last?.needlePosition ?? null,
    previous_needle_position: previous?.needlePosition ?? null,
  };
}

/** One reading of a gauge (docs: gauges.md, "Get a gauge needle"). */
export function renderGaugeNeedle(ctx: ShapeContext, needle: GaugeNeedle): Record<string, unknown> {
  const social = recordingSocial(ctx, needle);
  return {
    ...recordingHead(ctx, needle),
    ...projectUrls(ctx, needle.bucketId, `gauge/needles/${needle.id}`),
    ...social,
    parent: parentStub(ctx, needle),
    bucket: recordingBucket(ctx, needle),
    creator: recordingCreator(ctx, needle),
    description: renderRichText(ctx, needle.description),
    description_attachments: [],
    color: needle.color,
    position: needle.needlePosition,
    comment_count: needle.commentsCount,
  };
}

/**
 * The parent stub; gauges and project timesheets live at project URLs, and the docs leave the
 * title out of stubs for these two.
 */
function parentStub(ctx: ShapeContext, recording: Recording): Record<string, unknown> | undefined {
  const parent = recording.parentId === null ? undefined : ctx.state.recordings.get(recording.parentId);
  if (parent?.type === 'Gauge') return { id: parent.id, title: parent.title, type: parent.type, ...projectUrls(ctx, parent.bucketId, 'gauge') };
  if (parent?.type === 'Timesheet') return { id: parent.id, title: parent.title, type: parent.type, ...projectUrls(ctx, parent.bucketId, 'timesheet') };
  return recordingParent(ctx, recording);
}

/** A to-do set's hill chart (docs: hill_charts.md). Dots are the tracked lists still visible. */
export function renderHillChart(ctx: ShapeContext, todosetId: string, bucketId: string, hill: HillChart, now: number): Record<string, unknown> {
  const dots = [...hill.tracked].flatMap(([listId, position]) => {
    const list = ctx.state.recordings.get(listId);
    if (list?.type !== 'Todolist' || list.status !== 'active') return [];
    return [{ id: list.id, label: list.name, color: list.color ?? 'blue', position, ...recordingUrls(ctx, list) }];
  });
  return {
    enabled: dots.length > 0,
    // a chart is stale when nobody has moved a dot for three weeks (Basecamp greys it out)
    stale: dots.length > 0 && now - hill.updatedAt > 21 * 86_400_000,
    updated_at: iso(hill.updatedAt),
    app_update_url: ctx.urls.bucketApp(bucketId, `todosets/${todosetId}/hill/edit`),
    app_versions_url: ctx.urls.bucketApp(bucketId, `todosets/${todosetId}/hill/versions`),
    dots,
  };
}

/** A timeline event, derived from a recording (see `routes/timeline.ts`). */
export interface TimelineEvent {
  id: string;
  kind: string;
  createdAt: number;
  /** `updatedAt` for pagination's Last-Modified: an event never changes once it happened. */
  updatedAt: number;
  creatorId: string;
  recording: Recording;
  action: string;
}

/** A timeline event (docs: timeline.md, "Event fields"). */
export function renderTimelineEvent(ctx: ShapeContext, event: TimelineEvent, project: Project): Record<string, unknown> {
  const { recording } = event;
  const parent = recording.parentId === null ? undefined : ctx.state.recordings.get(recording.parentId);
  const creator = ctx.state.people.get(event.creatorId);
  const [first = '', last = ''] = (creator?.name ?? '').split(' ');
  const actor = last ? `${first} ${last.charAt(0)}.` : first;
  const target = parent ? recordingTitle(parent) : project.name;
  return {
    id: event.id,
    created_at: iso(event.createdAt),
    kind: event.kind,
    parent_recording_id: parent?.id,
    ...recordingUrls(ctx, recording),
    creator: renderPersonById(ctx, event.creatorId),
    action: `${actor} ${event.action}`,
    target,
    title: `On “${target}”, ${actor} ${event.action.split(' ')[0]}`,
    summary_excerpt: excerpt(recordingTitle(recording)),
    avatars_sample: [],
    bucket: {
      id: project.id,
      name: project.name,
      type: 'Project',
      url: `${ctx.urls.api}/projects/${project.id}.json`,
      app_url: `${ctx.urls.app}/projects/${project.id}`,
    },
    attachments: [],
  };
}

function excerpt(text: string): string {
  return text.length > 140 ? `${text.slice(0, 139)}…` : text;
}
