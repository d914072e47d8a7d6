import { isTrashed, isVisibleTo } from '../access/visibility.ts';
import { childrenOf, type Recording } from '../state/index.ts';
import type { ToolRecording } from '../state/records.ts';
import { isoDate } from '../factories/schedule.ts';
import {
  calendarOf,
  scheduleStore,
  type Calendar,
  type Question,
  type QuestionAnswer,
  type ScheduleEntry,
} from '../state/schedule.ts';
import { renderPersonById } from './person.ts';
import {
  recordingBucket,
  recordingCreator,
  recordingFrame,
  recordingHead,
  recordingParent,
  recordingUrls,
  toolFrame,
} from './recording.ts';
import { renderRichText } from './rich-text.ts';
import { iso, type ShapeContext } from './shape-context.ts';
import { avatarKey } from '../urls.ts';

/** The `bucket` stub; a calendar's schedule sits in the calendar's own bucket, not a project. */
function scheduleBucket(ctx: ShapeContext, recording: Recording): Record<string, unknown> {
  const calendar = calendarOf(ctx.state, recording.bucketId);
  return calendar ? { id: calendar.id, name: calendar.name, type: 'Calendar' } : recordingBucket(ctx, recording);
}

/** How many active children the viewer may see: what the `*_count` keys count. */
function visibleCount(ctx: ShapeContext, children: readonly Recording[]): number {
  return children.filter((child) => child.status === 'active' && isVisibleTo(ctx.me, child)).length;
}

/** A project's schedule tool (docs: schedules.md). */
export function renderSchedule(ctx: ShapeContext, schedule: ToolRecording): Record<string, unknown> {
  return {
    ...toolFrame(ctx, schedule),
    // a calendar's schedule names the calendar's bucket (the key keeps its place)
    bucket: scheduleBucket(ctx, schedule),
    include_due_assignments: !scheduleStore(ctx.state).withoutDueAssignments.has(schedule.id),
    entries_count: visibleCount(ctx, childrenOf(ctx.state, schedule.id, 'Schedule::Entry')),
    entries_url: `${ctx.urls.api}/schedules/${schedule.id}/entries.json`,
  };
}

/**
 * A schedule entry (docs: schedule_entries.md). All-day entries give dates, timed ones full
 * timestamps; recurring ones add `recurrence_schedule`.
 */
export function renderScheduleEntry(ctx: ShapeContext, entry: ScheduleEntry): Record<string, unknown> {
  const moment = (ms: number) => (entry.allDay ? isoDate(ms) : iso(ms));
  const recurrence = entry.recurrence;
  return {
    ...recordingFrame(ctx, entry, { positioned: false }),
    // an entry of a personal calendar names the calendar's bucket (the key keeps its place)
    bucket: scheduleBucket(ctx, entry),
    description: renderRichText(ctx, entry.description),
    description_attachments: [],
    summary: entry.title,
    all_day: entry.allDay,
    starts_at: moment(entry.startsAt),
    ends_at: moment(entry.endsAt),
    participants: entry.participantIds.map((id) => renderPersonById(ctx, id)),
    join_url: entry.joinUrl,
    highlighted: entry.highlighted,
    recurrence_schedule: recurrence
      ? {
          frequency: recurrence.frequency,
          days: recurrence.days,
          hour: recurrence.hour,
          minute: recurrence.minute,
          week_instance: recurrence.weekInstance,
          start_date: recurrence.startDate,
          end_date: recurrence.endDate,
        }
      : undefined,
  };
}

/** A project's Automatic Check-ins tool (docs: questionnaires.md). */
export function renderQuestionnaire(ctx: ShapeContext, questionnaire: ToolRecording): Record<string, unknown> {
  return {
    ...recordingHead(ctx, questionnaire),
    bucket: recordingBucket(ctx, questionnaire),
    creator: recordingCreator(ctx, questionnaire),
    name: questionnaire.title,
    questions_count: visibleCount(ctx, childrenOf(ctx.state, questionnaire.id, 'Question')),
    questions_url: `${ctx.urls.api}/questionnaires/${questionnaire.id}/questions.json`,
  };
}

/** A check-in question (docs: questions.md). */
export function renderQuestion(ctx: ShapeContext, question: Question): Record<string, unknown> {
  const { schedule } = question;
  const answers = childrenOf(ctx.state, question.id, 'Question::Answer').filter(
    (answer) => answer.status === 'active' && isVisibleTo(ctx.me, answer),
  );
  return {
    ...recordingHead(ctx, question),
    subscription_url: ctx.urls.bucketApi(question.bucketId, `recordings/${question.id}/subscription`),
    parent: recordingParent(ctx, question),
    bucket: recordingBucket(ctx, question),
    creator: recordingCreator(ctx, question),
    paused: question.paused,
    schedule: {
      frequency: schedule.frequency,
      days: schedule.days,
      hour: schedule.hour,
      minute: schedule.minute,
      week_instance: schedule.weekInstance,
      week_interval: schedule.weekInterval,
      month_interval: schedule.monthInterval,
      start_date: schedule.startDate,
      duration: schedule.duration,
      end_date: schedule.endDate,
    },
    answers_count: answers.length,
    answers_url: `${ctx.urls.api}/questions/${question.id}/answers.json`,
  };
}

/** An answer to a check-in question (docs: question_answers.md). */
export function renderQuestionAnswer(ctx: ShapeContext, answer: QuestionAnswer): Record<string, unknown> {
  return {
    ...recordingFrame(ctx, answer, { positioned: false }),
    content: renderRichText(ctx, answer.content),
    content_attachments: [],
    group_on: answer.groupOn,
  };
}

/** A pending check-in reminder for the viewer (docs: question_reminders.md). */
export function renderQuestionReminder(
  ctx: ShapeContext,
  reminder: { id: string; remindAt: number; question: Question },
): Record<string, unknown> {
  return {
    reminder_id: reminder.id,
    remind_at: iso(reminder.remindAt),
    group_on: isoDate(reminder.remindAt),
    question: renderQuestion(ctx, reminder.question),
  };
}

/** A per-account calendar (openapi: Calendar). */
export function renderCalendar(ctx: ShapeContext, calendar: Calendar): Record<string, unknown> {
  return {
    id: calendar.id,
    type: 'Calendar',
    name: calendar.name,
    color: calendar.color,
    created_at: iso(calendar.createdAt),
    updated_at: iso(calendar.updatedAt),
    url: `${ctx.urls.api}/calendars/${calendar.id}.json`,
    app_url: `${ctx.urls.app}/calendars/${calendar.id}`,
    schedule_url: `${ctx.urls.api}/schedules/${calendar.scheduleId}.json`,
  };
}

/** The three-key person the upcoming-schedule report embeds. */
function minimalPerson(ctx: ShapeContext, personId: string): Record<string, unknown> {
  const person = ctx.state.people.get(personId);
  return { id: personId, name: person?.name ?? '', avatar_url: `${ctx.urls.api}/people/${avatarKey(personId)}/avatar` };
}

/** An entry or occurrence as the upcoming-schedule report shows it (docs: reports.md). */
export function renderUpcomingEntry(ctx: ShapeContext, entry: ScheduleEntry): Record<string, unknown> {
  const moment = (ms: number) => (entry.allDay ? isoDate(ms) : iso(ms));
  const bucket = scheduleBucket(ctx, entry);
  return {
    id: entry.id,
    status: entry.status,
    visible_to_clients: entry.visibleToClients,
    ...recordingUrls(ctx, entry),
    // the report's partial hardcodes this spelling, unlike every other entry shape
    type: 'ScheduleEntry',
    summary: entry.title,
    all_day: entry.allDay,
    recurring: entry.recurrence !== null,
    starts_at: moment(entry.startsAt),
    ends_at: moment(entry.endsAt),
    creator: minimalPerson(ctx, entry.creatorId),
    participants: entry.participantIds.map((id) => minimalPerson(ctx, id)),
    bucket: { id: bucket.id, name: bucket.name },
    comments_count: entry.commentsCount,
  };
}

/** A dated to-do as the upcoming-schedule report shows it. */
export function renderUpcomingTodo(ctx: ShapeContext, todo: Extract<Recording, { type: 'Todo' }>): Record<string, unknown> {
  const parent = todo.parentId === null ? undefined : ctx.state.recordings.get(todo.parentId);
  const grandparent = parent?.parentId ? ctx.state.recordings.get(parent.parentId) : undefined;
  const listTitle = (recording: Recording | undefined) => (recording?.type === 'Todolist' ? recording.name : '');
  // a to-do in a group is filed as "List: Group"
  const parentTitle = grandparent?.type === 'Todolist' ? `${listTitle(grandparent)}: ${listTitle(parent)}` : listTitle(parent);
  const project = ctx.state.projects.get(todo.bucketId);
  return {
    id: todo.id,
    status: todo.status,
    visible_to_clients: todo.visibleToClients,
    ...recordingUrls(ctx, todo),
    starts_on: todo.startsOn,
    due_on: todo.dueOn,
    type: 'todo',
    content: todo.content,
    assignees: todo.assigneeIds.map((id) => minimalPerson(ctx, id)),
    bucket: { id: todo.bucketId, name: project?.name ?? '' },
    parent: { id: parent?.id ?? '', title: parentTitle },
    completion_url: `${ctx.urls.api}/todos/${todo.id}/completion.json`,
    completed: todo.completion !== null,
    repeating: false,
    completion: todo.completion
      ? { created_at: iso(todo.completion.createdAt), creator: minimalPerson(ctx, todo.completion.creatorId) }
      : undefined,
    comments_count: todo.commentsCount,
  };
}

/** Whether a recording counts for listings: active, not trashed through a parent, visible. */
export function isListed(ctx: ShapeContext, recording: Recording): boolean {
  return recording.status === 'active' && !isTrashed(ctx.state, recording) && isVisibleTo(ctx.me, recording);
}
