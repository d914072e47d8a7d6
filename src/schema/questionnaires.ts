import type * as Wire from '../client/wire-types.ts';
import { dockTool } from '../resolvers/projects.ts';
import {
  fetchQuestionAnswers,
  fetchQuestionnaires,
  fetchQuestions,
  listAnswers,
  listAnswersByPerson,
  listEverythingCheckins,
  type QuestionRecord,
  type QuestionScheduleRecord,
} from '../resolvers/questionnaires.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { openEnum } from './enums.ts';
import { recordingFields, specFields } from './fields.ts';
import { Attachment } from './files.ts';
import { connectionOf, node, paged } from './nodes.ts';
import { PersonConnection } from './people.ts';
import { Project } from './projects.ts';
import { Recording, RecordingConnection } from './recording.ts';

export const Questionnaire = node('Questionnaire', {
  load: fetchQuestionnaires,
  recordingTypes: ['Questionnaire'],
  lookup: 'An Automatic Check-ins tool',
});

export const Question = node('Question', { load: fetchQuestions, recordingTypes: ['Question'], lookup: 'A check-in question' });

export const QuestionAnswer = node('QuestionAnswer', {
  load: fetchQuestionAnswers,
  recordingTypes: ['Question::Answer'],
  lookup: 'An answer to a check-in question',
});

const QuestionConnection = connectionOf(Question);
const QuestionAnswerConnection = connectionOf(QuestionAnswer);

Questionnaire.implement({
  extensions: uses('GetQuestionnaire'),
  description: 'The Automatic Check-ins tool of a project: the questions asked of the team on a schedule.',
  interfaces: [Recording],
  fields: (t) => ({
    ...recordingFields(t, 'Questionnaire', {
      name: 'The tool\'s name as shown in the project.',
      questionsCount: 'How many active questions it asks.',
      questionsUrl: 'REST URL of its question list.',
    }),
    questions: paged(t, QuestionConnection, 'ListQuestions', {
      description: 'The questions it asks.',
      params: (questionnaire) => ({ questionnaireId: questionnaire.id }),
    }),
  }),
});

/** A question's cadence, read and set alike (`QuestionScheduleInput`). */
export const QuestionFrequency = openEnum('QuestionFrequency', {
  description: 'How often a check-in question is asked.',
  values: {
    EVERY_DAY: { value: 'every_day', description: 'Each of the chosen weekdays.' },
    EVERY_WEEK: { value: 'every_week', description: 'Once a week, on the chosen day.' },
    EVERY_OTHER_WEEK: { value: 'every_other_week', description: 'Every second week, on the chosen day.' },
    EVERY_MONTH: { value: 'every_month', description: 'Once a month.' },
    ON_CERTAIN_DAYS: { value: 'on_certain_days', description: 'On the chosen weekdays only.' },
  },
});

const QuestionSchedule = builder.objectRef<QuestionScheduleRecord>('QuestionSchedule').implement({
  description: 'When a check-in question is asked.',
  fields: (t) => ({
    ...specFields(t, 'QuestionSchedule', {
      frequency: { type: QuestionFrequency, description: 'The cadence.' },
      hour: 'Hour of the day it is asked.',
      minute: 'Minute past the hour it is asked.',
      weekInstance: 'For monthly questions: which week of the month.',
      weekInterval: 'Weeks between asks, where the cadence skips weeks.',
      monthInterval: 'Months between asks, where the cadence skips months.',
      startDate: 'The first day it may be asked.',
      duration: { type: 'Int', nullable: true, description: 'How long the question stays open, when limited.' },
      endDate: 'The last day it may be asked; null when open-ended.',
      days: false,
    }),
    days: t.field({ type: ['Int'], description: 'Weekdays it is asked on, 0 for Sunday to 6 for Saturday.', resolve: (schedule) => schedule.days ?? [] }),
  }),
});

Question.implement({
  extensions: uses('GetQuestion'),
  description: 'A check-in question, asked of people on a schedule and answered by each of them.',
  interfaces: [Recording],
  fields: (t) => ({
    ...recordingFields(t, 'Question', {
      paused: 'Whether asking is on hold.',
      answersCount: 'How many active answers it has.',
      answersUrl: 'REST URL of its answers.',
    }),
    schedule: t.expose('schedule', { type: QuestionSchedule, nullable: true, description: 'When it is asked.' }),
    answers: paged(t, QuestionAnswerConnection, 'ListAnswers', {
      description: 'Its answers, newest first.',
      args: {
        date: t.arg({ type: 'Date', description: 'Only answers for this day.' }),
        creatorId: t.arg.id({ description: 'Only answers by this person (global or Basecamp id).' }),
      },
      resolve: (question, args, ctx) => listAnswers(ctx, question.id, args),
    }),
    answerers: paged(t, PersonConnection, 'ListQuestionAnswerers', {
      description: 'Everyone who has answered it.',
      params: (question) => ({ questionId: question.id }),
    }),
    answersBy: paged(t, QuestionAnswerConnection, 'GetAnswersByPerson', {
      description: 'The answers of one person, newest first.',
      args: { personId: t.arg.id({ required: true, description: 'The person, by global or Basecamp id.' }) },
      resolve: (question, args, ctx) => listAnswersByPerson(ctx, question.id, args),
    }),
  }),
});

QuestionAnswer.implement({
  extensions: uses('GetAnswer'),
  description: 'One person\'s answer to a check-in question for one day.',
  interfaces: [Recording],
  fields: (t) => ({
    ...recordingFields(t, 'QuestionAnswer', {
      content: 'The answer, as rich text (HTML).',
      groupOn: 'The day the answer is filed under.',
      contentAttachments: { type: [Attachment], description: 'Files embedded in the answer.' },
    }),
  }),
});

const QuestionReminder = builder.objectRef<Wire.QuestionReminder>('QuestionReminder').implement({
  description: 'A check-in the current user has yet to answer: which question, and when it is due.',
  fields: (t) => ({
    ...specFields(t, 'QuestionReminder', {
      reminderId: 'Basecamp\'s id for this reminder.',
      remindAt: 'When the question is (or was) asked.',
      groupOn: 'The day an answer to it is filed under.',
    }),
    question: t.field({
      type: Question,
      nullable: true,
      description: 'The question. Embedded in full by Basecamp, so this costs no call.',
      extensions: embedded(),
      resolve: (reminder) => (reminder.question as QuestionRecord | undefined) ?? null,
    }),
  }),
});

const QuestionReminderConnection = connectionOf(QuestionReminder);

builder.objectField(Project, 'questionnaire', (t) =>
  t.field({
    type: Questionnaire,
    nullable: true,
    description: 'The project\'s Automatic Check-ins; null when the tool is turned off.',
    extensions: uses('GetQuestionnaire'),
    resolve: (project) => dockTool(project, 'questionnaire')?.id ?? null,
  }),
);

builder.queryFields((t) => ({
  questionReminders: paged(t, QuestionReminderConnection, 'GetQuestionReminders', {
    description: 'The current user\'s pending check-ins, soonest first.',
  }),
  checkins: paged(t, RecordingConnection, 'GetEverythingCheckins', {
    description: 'Every check-in answer you can see, newest first.',
    resolve: (_root, args, ctx) => listEverythingCheckins(ctx, args) as never,
  }),
}));
