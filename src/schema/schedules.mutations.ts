import {
  createQuestion,
  createQuestionAnswer,
  listAnswers,
  listQuestions,
  setQuestionPaused,
  updateQuestion,
  updateQuestionAnswer,
  updateQuestionNotificationSettings,
} from '../resolvers/questionnaires.ts';
import { createScheduleEntry, listScheduleEntries, updateCalendar, updateScheduleEntry, updateScheduleSettings } from '../resolvers/schedules.ts';
import { builder } from './builder.ts';
import { calls, uses } from './coverage.ts';
import { mutation, mutationsOf, type NewEdge } from './mutation.ts';
import { Question, QuestionAnswer, Questionnaire } from './questionnaires.ts';
import { Calendar, Schedule, ScheduleEntry } from './schedules.ts';
import { enumOf } from './enums.ts';

/** Writes of the schedule family: schedules, entries, calendars and automatic check-ins. */

// Entries read soonest first, so a new one can sit anywhere; answers read newest first.
const entryEdge = { type: 'ScheduleEntryEdge', uses: 'ListScheduleEntries', addsAt: 'bottom', list: (ctx, id, args) => listScheduleEntries(ctx, id, args) } satisfies NewEdge;
const questionEdge = { type: 'QuestionEdge', uses: 'ListQuestions', addsAt: 'bottom', list: (ctx, id, args) => listQuestions(ctx, id, args) } satisfies NewEdge;
const answerEdge = { type: 'QuestionAnswerEdge', uses: 'ListAnswers', addsAt: 'top', list: (ctx, id, args) => listAnswers(ctx, id, args) } satisfies NewEdge;

const questionnaireMutation = mutationsOf({ parent: { questionnaire: Questionnaire } });

mutation('updateScheduleSettings', {
  description: 'Chooses whether a schedule shows dated work beside its entries.',
  uses: ['UpdateScheduleSettings'],
  input: (t) => ({
    id: t.id({ required: true, description: 'The schedule, by global or Basecamp id.' }),
    includeDueAssignments: t.boolean({ required: true, description: 'Show dated to-dos, cards and steps on the schedule.' }),
  }),
  resolve: (input, ctx) => updateScheduleSettings(ctx, input),
  payload: { schedule: { type: Schedule, description: 'The schedule as it is now.' } },
});

const CalendarColor = builder.enumType('CalendarColor', {
  description: 'The colours a calendar can take.',
  values: Object.fromEntries(
    ['white', 'red', 'orange', 'yellow', 'green', 'blue', 'aqua', 'purple', 'gray', 'pink', 'brown'].map((color) => [
      color.toUpperCase(),
      { value: color, description: `The colour ${color}.` },
    ]),
  ),
});

mutation('updateCalendar', {
  description: 'Recolours a standalone calendar.',
  uses: ['UpdateCalendar'],
  input: (t) => ({
    id: t.id({ required: true, description: 'The calendar, by global or Basecamp id.' }),
    color: t.field({ type: CalendarColor, required: true, description: 'Its new colour.' }),
  }),
  resolve: (input, ctx) => updateCalendar(ctx, { id: input.id, color: String(input.color) }),
  payload: { calendar: { type: Calendar, description: 'The calendar as it is now.' } },
});

mutation('createScheduleEntry', {
  description: 'Adds an event to a schedule.',
  uses: ['CreateScheduleEntry'],
  input: (t) => ({
    scheduleId: t.id({ required: true, description: 'The schedule to add it to.' }),
    summary: t.string({ required: true, description: 'What it is, in one line.' }),
    startsAt: t.string({ required: true, description: 'An ISO 8601 timestamp with offset, or a date (`YYYY-MM-DD`) for all-day entries; sent as given.' }),
    endsAt: t.string({ required: true, description: 'Same form as `startsAt`, not before it.' }),
    allDay: t.boolean({ description: 'Whole days rather than a time range.' }),
    description: t.string({ description: 'More about it, as rich text (HTML).' }),
    participantIds: t.idList({ description: 'People taking part (global or Basecamp ids).' }),
    joinUrl: t.string({ description: 'A link to join it, such as a video call.' }),
    highlighted: t.boolean({ description: 'Make it stand out on the schedule.' }),
    notify: t.boolean({ description: 'Tell the participants about it.' }),
  }),
  resolve: (input, ctx) => createScheduleEntry(ctx, input),
  payload: { scheduleEntry: { type: ScheduleEntry, description: 'The new entry.' } },
  parent: { schedule: Schedule },
  edge: entryEdge,
});

mutation('updateScheduleEntry', {
  description: 'Edits a schedule entry, changing only the fields given.',
  uses: ['GetScheduleEntry', 'ReplaceScheduleEntry'],
  inputDescription: 'Changes to a schedule entry: fields left out keep their value, an explicit null clears what can be cleared.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The entry, by global or Basecamp id.' }),
    summary: t.string({ description: 'What it is; cannot be cleared.' }),
    startsAt: t.string({ description: 'New start, as for `createScheduleEntry`.' }),
    endsAt: t.string({ description: 'New end, as for `createScheduleEntry`.' }),
    allDay: t.boolean({ description: 'Whole days rather than a time range.' }),
    description: t.string({ description: 'Rich text (HTML); null clears it.' }),
    participantIds: t.idList({ description: 'The new participants, replacing the current ones; null removes everyone.' }),
    joinUrl: t.string({ description: 'A new join link; null removes it.' }),
    highlighted: t.boolean({ description: 'Whether it stands out.' }),
    notify: t.boolean({ description: 'Tell the participants about the change.' }),
  }),
  resolve: (input, ctx) => updateScheduleEntry(ctx, input),
  payload: { scheduleEntry: { type: ScheduleEntry, description: 'The entry as it is now.' } },
  parent: { schedule: Schedule },
});

const QuestionFrequency = enumOf('QuestionFrequency', 'How often a check-in question is asked.', {
  EVERY_DAY: ['every_day', 'Each of the chosen weekdays.'],
  EVERY_WEEK: ['every_week', 'Once a week, on the chosen day.'],
  EVERY_OTHER_WEEK: ['every_other_week', 'Every second week, on the chosen day.'],
  EVERY_MONTH: ['every_month', 'Once a month.'],
  ON_CERTAIN_DAYS: ['on_certain_days', 'On the chosen weekdays only.'],
});

const QuestionScheduleInput = builder.inputType('QuestionScheduleInput', {
  description: 'When a check-in question is asked.',
  fields: (t) => ({
    frequency: t.field({ type: QuestionFrequency, required: true }),
    days: t.intList({ required: true, description: 'Weekdays, 0 for Sunday to 6 for Saturday; may be empty only for monthly questions.' }),
    hour: t.int({ required: true, description: 'Hour of the day, 0–23.' }),
    minute: t.int({ description: 'Minute past the hour, 0–59; defaults to 0.' }),
    weekInstance: t.int({ description: 'For monthly questions: which week of the month.' }),
    startDate: t.field({ type: 'Date', description: 'The first day it may be asked; defaults to today.' }),
    endDate: t.field({ type: 'Date', description: 'The last day it may be asked.' }),
  }),
});

questionnaireMutation('createQuestion', {
  description: 'Starts asking a new check-in question.',
  uses: ['CreateQuestion'],
  input: (t) => ({
    questionnaireId: t.id({ required: true, description: 'The Automatic Check-ins tool to add it to.' }),
    title: t.string({ required: true, description: 'The question to ask.' }),
    schedule: t.field({ type: QuestionScheduleInput, required: true }),
    visibleToClients: t.boolean({ description: 'Let clients on the project see it.' }),
  }),
  resolve: (input, ctx) => createQuestion(ctx, input),
  payload: { question: { type: Question, description: 'The new question.' } },
  edge: questionEdge,
});

questionnaireMutation('updateQuestion', {
  description: 'Rewords or reschedules a check-in question.',
  uses: ['GetQuestion', 'UpdateQuestion'],
  inputDescription: 'Changes to a check-in question: fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The question, by global or Basecamp id.' }),
    title: t.string({ description: 'The new wording; cannot be cleared.' }),
    schedule: t.field({ type: QuestionScheduleInput, description: 'A new schedule, replacing the current one.' }),
    paused: t.boolean({ description: 'Put asking on hold, or resume it.' }),
  }),
  resolve: (input, ctx) => updateQuestion(ctx, input),
  payload: { question: { type: Question, description: 'The question as it is now.' } },
});

for (const [name, paused, operation] of [
  ['pauseQuestion', true, 'PauseQuestion'],
  ['resumeQuestion', false, 'ResumeQuestion'],
] as const) {
  questionnaireMutation(name, {
    description: paused ? 'Stops asking a check-in question until it is resumed.' : 'Starts asking a paused check-in question again.',
    uses: [operation, 'GetQuestion'],
    input: (t) => ({ id: t.id({ required: true, description: 'The question, by global or Basecamp id.' }) }),
    resolve: (input, ctx) => setQuestionPaused(ctx, input.id, paused),
    payload: { question: { type: Question, description: 'The question as it is now.' } },
  });
}

mutation('updateQuestionNotificationSettings', {
  description: 'Sets whether the current user answers a check-in question and follows its answers.',
  uses: ['UpdateQuestionNotificationSettings'],
  input: (t) => ({
    id: t.id({ required: true, description: 'The question, by global or Basecamp id.' }),
    responding: t.boolean({ description: 'Whether the current user is asked this question.' }),
    subscribed: t.boolean({ description: 'Whether the current user hears about new answers.' }),
  }),
  resolve: (input, ctx) => updateQuestionNotificationSettings(ctx, input),
  payload: (t) => ({
    responding: t.boolean({ nullable: true, description: 'Whether the current user is now asked it.', resolve: (settings) => settings.responding ?? null }),
    subscribed: t.boolean({ nullable: true, description: 'Whether the current user now follows its answers.', resolve: (settings) => settings.subscribed ?? null }),
    question: t.field({
      type: Question,
      ...calls('GetQuestion'),
      description: 'The question (loaded on demand).',
      resolve: (settings) => settings.questionId,
    }),
  }),
});

mutation('createQuestionAnswer', {
  description: 'Answers a check-in question as the current user.',
  uses: ['CreateAnswer'],
  input: (t) => ({
    questionId: t.id({ required: true, description: 'The question being answered.' }),
    content: t.string({ required: true, description: 'The answer, as rich text (HTML).' }),
    groupOn: t.field({ type: 'Date', description: 'The day to file it under; defaults to today.' }),
  }),
  resolve: (input, ctx) => createQuestionAnswer(ctx, input),
  payload: { questionAnswer: { type: QuestionAnswer, description: 'The new answer.' } },
  parent: { question: Question },
  edge: answerEdge,
});

mutation('updateQuestionAnswer', {
  description: 'Edits an answer to a check-in question.',
  uses: ['UpdateAnswer', 'GetAnswer'],
  inputDescription: 'Changes to an answer: fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The answer, by global or Basecamp id.' }),
    content: t.string({ description: 'The new text, as rich text (HTML); cannot be cleared.' }),
    groupOn: t.field({ type: 'Date', description: 'A different day to file it under.' }),
  }),
  resolve: (input, ctx) => updateQuestionAnswer(ctx, input),
  payload: { questionAnswer: { type: QuestionAnswer, description: 'The answer as it is now.' } },
  parent: { question: Question },
});
