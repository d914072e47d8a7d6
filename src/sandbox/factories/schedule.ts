import { touch } from '../mutations.ts';
import { childrenOf, type SandboxState } from '../state/index.ts';
import type { ToolRecording } from '../state/records.ts';
import {
  scheduleStore,
  type Calendar,
  type CalendarColor,
  type Question,
  type QuestionAnswer,
  type QuestionSchedule,
  type Recurrence,
  type ScheduleEntry,
} from '../state/schedule.ts';
import { recordingBase } from './recording.ts';
import { DAY } from '../durations.ts';

/**
 * Creating the schedule family's records, shared by the seed and the write endpoints, plus the
 * calendar arithmetic both need: which days a recurring entry or a check-in question falls on.
 */

export interface NewScheduleEntry {
  summary: string;
  description?: string;
  creatorId: string;
  allDay?: boolean;
  startsAt: number;
  endsAt: number;
  participantIds?: string[];
  joinUrl?: string | null;
  highlighted?: boolean;
  recurrence?: Recurrence | null;
  visibleToClients?: boolean;
}

/** Adds an entry to a schedule; it inherits the schedule's client visibility unless told otherwise. */
export function addScheduleEntry(state: SandboxState, schedule: ToolRecording, input: NewScheduleEntry, at: number): ScheduleEntry {
  const entry: ScheduleEntry = {
    ...recordingBase(state, schedule, input.creatorId, at),
    type: 'Schedule::Entry',
    title: input.summary,
    description: input.description ?? '',
    allDay: input.allDay ?? false,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    participantIds: input.participantIds ?? [],
    joinUrl: input.joinUrl ?? null,
    highlighted: input.highlighted ?? false,
    recurrence: input.recurrence ?? null,
    visibleToClients: input.visibleToClients ?? schedule.visibleToClients,
  };
  state.recordings.set(entry.id, entry);
  touch(state, entry, at);
  return entry;
}

export interface NewQuestion {
  title: string;
  creatorId: string;
  schedule: QuestionSchedule;
  responderIds: string[];
  paused?: boolean;
  visibleToClients?: boolean;
}

/** Adds a check-in question; every responder gets a standing reminder id. */
export function addQuestion(state: SandboxState, questionnaire: ToolRecording, input: NewQuestion, at: number): Question {
  const siblings = childrenOf(state, questionnaire.id, 'Question');
  const question: Question = {
    id: state.ids.recording.next(),
    type: 'Question',
    bucketId: questionnaire.bucketId,
    parentId: questionnaire.id,
    creatorId: input.creatorId,
    status: 'active',
    visibleToClients: input.visibleToClients ?? false,
    createdAt: at,
    updatedAt: at,
    position: (siblings.at(-1)?.position ?? 0) + 1,
    commentsCount: 0,
    boostsCount: 0,
    title: input.title,
    paused: input.paused ?? false,
    schedule: input.schedule,
    responders: {},
    subscriberIds: [input.creatorId],
  };
  for (const personId of input.responderIds) question.responders[personId] = state.ids.recording.next();
  state.recordings.set(question.id, question);
  touch(state, question, at);
  return question;
}

/** Basecamp titles every answer after its question. */
export function answerTitle(question: Question): string {
  return `Answer to “${question.title}”`;
}

/** Adds an answer by `creatorId` to a question. */
export function addAnswer(
  state: SandboxState,
  question: Question,
  input: { content: string; creatorId: string; groupOn: string },
  at: number,
): QuestionAnswer {
  const answer: QuestionAnswer = {
    ...recordingBase(state, question, input.creatorId, at),
    type: 'Question::Answer',
    title: answerTitle(question),
    content: input.content,
    groupOn: input.groupOn,
  };
  state.recordings.set(answer.id, answer);
  touch(state, answer, at);
  return answer;
}

/** Adds a calendar: its own bucket (a project id) holding one schedule. */
export function addCalendar(
  state: SandboxState,
  input: { name: string; color: CalendarColor; creatorId: string },
  at: number,
): { calendar: Calendar; schedule: ToolRecording } {
  const id = state.ids.project.next();
  const schedule: ToolRecording = {
    id: state.ids.recording.next(),
    type: 'Schedule',
    bucketId: id,
    parentId: null,
    creatorId: input.creatorId,
    status: 'active',
    visibleToClients: false,
    createdAt: at,
    updatedAt: at,
    position: 1,
    commentsCount: 0,
    boostsCount: 0,
    title: 'Schedule',
  };
  state.recordings.set(schedule.id, schedule);
  const calendar: Calendar = { id, name: input.name, color: input.color, scheduleId: schedule.id, createdAt: at, updatedAt: at };
  scheduleStore(state).calendars.set(id, calendar);
  return { calendar, schedule };
}

/** `YYYY-MM-DD` of an epoch-ms instant, in UTC (the sandbox keeps every clock in UTC). */
export function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Epoch ms of midnight UTC on a `YYYY-MM-DD` date. */
export function dayStart(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

/** Whether a recurring entry has an occurrence on `date` (`YYYY-MM-DD`). */
export function occursOn(recurrence: Recurrence, date: string): boolean {
  if (date < recurrence.startDate || (recurrence.endDate !== null && date > recurrence.endDate)) return false;
  const day = new Date(dayStart(date));
  const start = new Date(dayStart(recurrence.startDate));
  const weekday = day.getUTCDay();
  const onDays = recurrence.days.length === 0 || recurrence.days.includes(weekday);
  switch (recurrence.frequency) {
    case 'every_day':
      return onDays;
    case 'every_week':
      return onDays;
    case 'every_other_week':
      return onDays && Math.floor((weekStart(day) - weekStart(start)) / (7 * DAY)) % 2 === 0;
    case 'every_month':
      return recurrence.weekInstance === null
        ? day.getUTCDate() === start.getUTCDate()
        : onDays && Math.ceil(day.getUTCDate() / 7) === recurrence.weekInstance;
    case 'every_year':
      return day.getUTCMonth() === start.getUTCMonth() && day.getUTCDate() === start.getUTCDate();
  }
}

/** The entry as it happens on `date`: same time of day and length, shifted to that day. */
export function occurrenceOn(entry: ScheduleEntry, date: string): ScheduleEntry {
  const timeOfDay = entry.startsAt - dayStart(isoDate(entry.startsAt));
  const startsAt = dayStart(date) + timeOfDay;
  return { ...entry, startsAt, endsAt: startsAt + (entry.endsAt - entry.startsAt) };
}

/** Whether a check-in question is asked on `date`. */
export function askedOn(schedule: QuestionSchedule, date: string): boolean {
  if (date < schedule.startDate || (schedule.endDate !== null && date > schedule.endDate)) return false;
  const day = new Date(dayStart(date));
  const onDays = schedule.days.length === 0 || schedule.days.includes(day.getUTCDay());
  switch (schedule.frequency) {
    case 'every_day':
    case 'every_week':
    case 'on_certain_days':
      return onDays;
    case 'every_other_week':
      return onDays && Math.floor((weekStart(day) - weekStart(new Date(dayStart(schedule.startDate)))) / (7 * DAY)) % 2 === 0;
    case 'every_month':
      return onDays && Math.ceil(day.getUTCDate() / 7) === (schedule.weekInstance ?? 1);
  }
}

/** The next time at or after `now` a question is asked, within a year; undefined when never. */
export function nextAsk(schedule: QuestionSchedule, now: number): number | undefined {
  const first = Math.max(dayStart(isoDate(now)), dayStart(schedule.startDate));
  for (let day = first; day < first + 366 * DAY; day += DAY) {
    const at = day + (schedule.hour * 60 + schedule.minute) * 60_000;
    if (at >= now && askedOn(schedule, isoDate(day))) return at;
  }
  return undefined;
}

function weekStart(day: Date): number {
  return day.getTime() - day.getUTCDay() * DAY;
}
