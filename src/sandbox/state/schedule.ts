import type { Person, RecordingBase, StateCore, ToolRecording } from './records.ts';
import { sideStore } from './side-store.ts';

/**
 * The schedule family's model: schedule entries, check-in questions and their answers (all
 * recordings), plus the per-account calendars and the schedule settings, which live in a side
 * store keyed by the state so the shared model stays untouched.
 */

/** How a recurring entry repeats (docs: schedule_entries.md, "recurrence_schedule"). */
export interface Recurrence {
  frequency: 'every_day' | 'every_week' | 'every_other_week' | 'every_month' | 'every_year';
  /** Weekdays, 0 = Sunday … 6 = Saturday. */
  days: number[];
  hour: number;
  minute: number;
  /** For monthly entries: the nth weekday of the month (1–4), else null. */
  weekInstance: number | null;
  startDate: string;
  endDate: string | null;
}

export interface ScheduleEntry extends RecordingBase {
  type: 'Schedule::Entry';
  /** The entry's summary; Basecamp shows it as the title too. */
  title: string;
  /** Rich text HTML; "" when blank. */
  description: string;
  allDay: boolean;
  /** Epoch ms; all-day entries start and end at midnight UTC of their dates. */
  startsAt: number;
  endsAt: number;
  participantIds: string[];
  joinUrl: string | null;
  highlighted: boolean;
  recurrence: Recurrence | null;
}

export const QUESTION_FREQUENCIES = ['every_day', 'every_week', 'every_other_week', 'every_month', 'on_certain_days'] as const;
export type QuestionFrequency = (typeof QUESTION_FREQUENCIES)[number];

/** When a check-in question is asked (docs: questions.md, "schedule"). */
export interface QuestionSchedule {
  frequency: QuestionFrequency;
  days: number[];
  hour: number;
  minute: number;
  weekInstance: number | null;
  weekInterval: number | null;
  monthInterval: number | null;
  startDate: string;
  duration: number | null;
  endDate: string | null;
}

export interface Question extends RecordingBase {
  type: 'Question';
  title: string;
  paused: boolean;
  schedule: QuestionSchedule;
  /** Who is asked, each with the id of their standing reminder. */
  responders: Record<string, string>;
  /** Who is notified of new answers. */
  subscriberIds: string[];
}

export interface QuestionAnswer extends RecordingBase {
  type: 'Question::Answer';
  title: string;
  /** Rich text HTML. */
  content: string;
  /** The day the answer belongs to, `YYYY-MM-DD`. */
  groupOn: string;
}

export type ScheduleRecording = ScheduleEntry | Question | QuestionAnswer;

/** The Schedule and Questionnaire dock tools, narrowed from the shared tool record. */
export type ScheduleTool = ToolRecording & { type: 'Schedule' };
export type QuestionnaireTool = ToolRecording & { type: 'Questionnaire' };

export const CALENDAR_COLORS = ['white', 'red', 'orange', 'yellow', 'green', 'blue', 'aqua', 'purple', 'gray', 'pink', 'brown'] as const;
export type CalendarColor = (typeof CALENDAR_COLORS)[number];

/** A per-account calendar: a bucket of its own that holds one schedule (openapi: Calendar). */
export interface Calendar {
  id: string;
  name: string;
  color: CalendarColor;
  scheduleId: string;
  createdAt: number;
  updatedAt: number;
}

interface ScheduleStore {
  calendars: Map<string, Calendar>;
  /** Schedules whose `include_due_assignments` was turned off (Basecamp's default is on). */
  withoutDueAssignments: Set<string>;
}

/** The family's side store for one sandbox state. */
export const scheduleStore = sideStore((): ScheduleStore => ({ calendars: new Map(), withoutDueAssignments: new Set() }));

/** The calendar whose bucket id is `bucketId`, if that bucket is a calendar rather than a project. */
export function calendarOf(state: StateCore, bucketId: string): Calendar | undefined {
  return scheduleStore(state).calendars.get(bucketId);
}

/** Calendars belong to the account's staff; clients never see them. */
export function canSeeCalendar(person: Person): boolean {
  return !person.client;
}
