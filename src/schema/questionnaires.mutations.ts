import {
  createQuestion,
  createQuestionAnswer,
  listAnswers,
  setQuestionPaused,
  updateQuestion,
  updateQuestionAnswer,
  updateQuestionNotificationSettings,
} from '../resolvers/questionnaires.ts';
import { builder } from './builder.ts';
import { specInput, specPatch } from './inputs.ts';
import { edgeOf, mutation, mutationsOf, type NewEdge } from './mutation.ts';
import { linkTo } from './nodes.ts';
import { Question, QuestionAnswer, QuestionFrequency, Questionnaire } from './questionnaires.ts';

/** Writes of Automatic Check-ins: questions, their schedule and notification settings, and answers. */

// Answers read newest first, so a new one heads the list.
const questionEdge = edgeOf('ListQuestions', 'QuestionEdge', 'bottom', (questionnaireId) => ({ questionnaireId }));
const answerEdge = { type: 'QuestionAnswerEdge', uses: 'ListAnswers', addsAt: 'top', list: (ctx, id, args) => listAnswers(ctx, id, args) } satisfies NewEdge;

const questionnaireMutation = mutationsOf({ parent: { questionnaire: Questionnaire } });

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
    ...specInput(t, 'CreateQuestion', {
      questionnaireId: 'The Automatic Check-ins tool to add it to.',
      title: 'The question to ask.',
      visibleToClients: 'Let clients on the project see it.',
    }),
    schedule: t.field({ type: QuestionScheduleInput, required: true }),
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
    ...specPatch(t, 'UpdateQuestion', {
      id: 'The question, by global or Basecamp id.',
      title: 'The new wording; cannot be cleared.',
      paused: 'Put asking on hold, or resume it.',
    }),
    schedule: t.field({ type: QuestionScheduleInput, description: 'A new schedule, replacing the current one.' }),
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
      ...linkTo(Question),
      description: 'The question (loaded on demand).',
      resolve: (settings) => settings.questionId,
    }),
  }),
});

mutation('createQuestionAnswer', {
  description: 'Answers a check-in question as the current user.',
  uses: ['CreateAnswer'],
  input: (t) =>
    specInput(t, 'CreateAnswer', {
      questionId: 'The question being answered.',
      content: 'The answer, as rich text (HTML).',
      groupOn: 'The day to file it under; defaults to today.',
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
  input: (t) =>
    specPatch(t, 'UpdateAnswer', {
      id: 'The answer, by global or Basecamp id.',
      content: 'The new text, as rich text (HTML); cannot be cleared.',
      groupOn: 'A different day to file it under.',
    }),
  resolve: (input, ctx) => updateQuestionAnswer(ctx, input),
  payload: { questionAnswer: { type: QuestionAnswer, description: 'The answer as it is now.' } },
  parent: { question: Question },
});
