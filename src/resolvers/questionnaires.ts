import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { inputError, nonBlankText, requiredText, unclearable } from './input.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { withBody } from './writes.ts';

/** The docs' questionnaire: it embeds its creator, which the spec's type leaves out. */
export type QuestionnaireRecord = Omit<Wire.Questionnaire, 'preview_url' | 'thumbnail_url'> & { creator: Wire.Person };

/** The docs' question schedule carries `duration`, which the spec leaves out. */
export type QuestionScheduleRecord = Wire.QuestionSchedule & { duration?: number | null };
export type QuestionRecord = Omit<Wire.Question, 'schedule'> & { schedule?: QuestionScheduleRecord };

export const fetchQuestionnaires: NodeLoader<QuestionnaireRecord> = loadEach('GetQuestionnaire');

export const fetchQuestions: NodeLoader<QuestionRecord> = loadEach('GetQuestion');

export const fetchQuestionAnswers = loadEach('GetAnswer');

/** `GET /questions/{id}/answers.json`, newest first; `date` keeps one day, `creatorId` one person. */
export function listAnswers(ctx: Context, questionId: string, args: ConnectionArgs & { date?: string | null; creatorId?: string | null }) {
  const creatorId = args.creatorId ? toBasecampId(args.creatorId, ctx.accountId, ['Person']) : undefined;
  return paginate(ctx, 'ListAnswers', { questionId }, { date: args.date ?? undefined, creator_id: creatorId }, args);
}

export function listAnswersByPerson(ctx: Context, questionId: string, args: ConnectionArgs & { personId: string }) {
  const personId = toBasecampId(args.personId, ctx.accountId, ['Person']);
  return paginate(ctx, 'GetAnswersByPerson', { questionId, personId }, {}, args);
}

/** `GET /checkins.json`: every check-in answer the caller can see, across projects. */
export function listEverythingCheckins(ctx: Context, args: ConnectionArgs) {
  return paginate(ctx, 'GetEverythingCheckins', {}, {}, args);
}

export type QuestionFrequency = 'every_day' | 'every_week' | 'every_other_week' | 'every_month' | 'on_certain_days';

export interface QuestionScheduleInput {
  frequency: QuestionFrequency;
  days: readonly number[];
  hour: number;
  minute?: number | null;
  weekInstance?: number | null;
  startDate?: string | null;
  endDate?: string | null;
}

export function createQuestion(ctx: Context, input: { questionnaireId: string; title: string; schedule: QuestionScheduleInput; visibleToClients?: boolean | null }) {
  const questionnaireId = toBasecampId(input.questionnaireId, ctx.accountId, ['Questionnaire']);
  return withBody(call(ctx, 'CreateQuestion', { questionnaireId }, { body: {
    title: requiredText(input.title, 'title'),
    schedule: scheduleBody(input.schedule),
    visible_to_clients: input.visibleToClients ?? undefined,
  } }));
}

/**
 * `PUT /questions/{id}.json`. The title and schedule are always sent, the current ones when not
 * given, so the write is a patch whether Basecamp replaces or merges.
 */
export async function updateQuestion(ctx: Context, input: { id: string; title?: string | null; schedule?: QuestionScheduleInput | null; paused?: boolean | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Question']);
  const title = nonBlankText(input.title, 'title');
  if (input.schedule === null) throw inputError('schedule', "can't be blank");
  const schedule = input.schedule ? scheduleBody(input.schedule) : undefined;
  const current = await call(ctx, 'GetQuestion', { questionId: id });
  return withBody(call(ctx, 'UpdateQuestion', { questionId: id }, { body: {
    title: title ?? current.title,
    schedule: schedule ?? currentScheduleBody(current.schedule),
    paused: input.paused ?? undefined,
  } }));
}

/** `POST` / `DELETE /questions/{id}/pause.json` answer `{ paused }`; the question is read back. */
export async function setQuestionPaused(ctx: Context, questionId: string, paused: boolean) {
  const id = toBasecampId(questionId, ctx.accountId, ['Question']);
  await call(ctx, paused ? 'PauseQuestion' : 'ResumeQuestion', { questionId: id });
  return call(ctx, 'GetQuestion', { questionId: id });
}

/**
 * `PUT /questions/{id}/notification_settings.json` with the docs' keys: whether the current user
 * is asked the question (`responding`) and told about answers (`subscribed`).
 */
export async function updateQuestionNotificationSettings(ctx: Context, input: { id: string; responding?: boolean | null; subscribed?: boolean | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Question']);
  if (input.responding == null && input.subscribed == null) throw inputError('responding', 'or subscribed must be given');
  const settings = await withBody(call(ctx, 'UpdateQuestionNotificationSettings', { questionId: id }, { body: {
    responding: input.responding ?? undefined,
    subscribed: input.subscribed ?? undefined,
  } }));
  return { ...settings, questionId: id };
}

export function createQuestionAnswer(ctx: Context, input: { questionId: string; content: string; groupOn?: string | null }) {
  const questionId = toBasecampId(input.questionId, ctx.accountId, ['Question']);
  return withBody(call(ctx, 'CreateAnswer', { questionId }, { body: {
    content: requiredText(input.content, 'content'),
    group_on: input.groupOn ?? undefined,
  } }));
}

/** `PUT /question_answers/{id}.json` answers 204: `content` is required, so a patch sends the current one; read back. */
export async function updateQuestionAnswer(ctx: Context, input: { id: string; content?: string | null; groupOn?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['QuestionAnswer']);
  const content = nonBlankText(input.content, 'content');
  const groupOn = unclearable(input.groupOn, 'groupOn');
  const current = content === undefined ? await call(ctx, 'GetAnswer', { answerId: id }) : undefined;
  await call(ctx, 'UpdateAnswer', { answerId: id }, { body: { content: content ?? current?.content, group_on: groupOn } });
  return call(ctx, 'GetAnswer', { answerId: id });
}

/** The schedule as the spec's QuestionSchedule, after the checks Basecamp is known to make. */
function scheduleBody(schedule: QuestionScheduleInput): Wire.QuestionSchedule {
  if (schedule.days.some((day) => !Number.isInteger(day) || day < 0 || day > 6)) {
    throw inputError('schedule.days', 'must be weekday numbers from 0 (Sunday) to 6 (Saturday)');
  }
  if (schedule.days.length === 0 && schedule.frequency !== 'every_month') throw inputError('schedule.days', "can't be blank");
  if (!Number.isInteger(schedule.hour) || schedule.hour < 0 || schedule.hour > 23) throw inputError('schedule.hour', 'must be from 0 to 23');
  const minute = schedule.minute ?? 0;
  if (!Number.isInteger(minute) || minute < 0 || minute > 59) throw inputError('schedule.minute', 'must be from 0 to 59');
  if (schedule.startDate && schedule.endDate && schedule.endDate < schedule.startDate) {
    throw inputError('schedule.endDate', `must not be before startDate (${schedule.startDate})`);
  }
  return {
    frequency: schedule.frequency,
    days: [...schedule.days],
    hour: schedule.hour,
    minute,
    week_instance: schedule.weekInstance ?? undefined,
    start_date: schedule.startDate ?? undefined,
    end_date: schedule.endDate ?? undefined,
  };
}

/** The current schedule sent back unchanged (nulls left out). */
function currentScheduleBody(schedule: QuestionScheduleRecord | undefined): Wire.QuestionSchedule | undefined {
  if (!schedule) return undefined;
  const { frequency, days, hour, minute, week_instance, week_interval, month_interval, start_date, end_date } = schedule;
  return { frequency, days, hour, minute, week_instance, week_interval, month_interval, start_date, end_date };
}
