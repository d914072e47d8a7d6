import { canSeeProject, findRecording, isTrashed, isVisibleTo } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addAnswer, addQuestion, answerTitle, isoDate, nextAsk } from '../factories/schedule.ts';
import { touch } from '../mutations.ts';
import { notFound, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put, resource } from '../router.ts';
import type { Section } from '../section.ts';
import { show, showRecording } from './show.ts';
import { renderPerson } from '../shapes/person.ts';
import { renderQuestion, renderQuestionAnswer, renderQuestionnaire, renderQuestionReminder } from '../shapes/schedule.ts';
import { childrenOf } from '../state/index.ts';
import type { Project } from '../state/records.ts';
import {
  QUESTION_FREQUENCIES,
  type Question,
  type QuestionAnswer,
  type QuestionnaireTool,
  type QuestionSchedule,
} from '../state/schedule.ts';
import { optionalBoolean, optionalChoice, optionalDate, optionalText, requiredText } from '../validation.ts';
import { unwrap } from './schedules.ts';

/** Automatic Check-ins, the questionnaire tool (docs: questionnaires.md). */
export const questionnaires: Section = {
  docs: 'questionnaires',
  routes: [get('/questionnaires/:questionnaireId.json', show('questionnaireId', findQuestionnaire, renderQuestionnaire))],
};

/** Check-in questions (docs: questions.md). */
export const questions: Section = {
  docs: 'questions',
  routes: [
    ...resource('/questionnaires/:questionnaireId/questions.json', '/questions/:questionId.json', {
      list: listQuestions, create: createQuestion, show: showRecording('questionId', ['Question'], renderQuestion),
      update: updateQuestion,
    }),
    post('/questions/:questionId/pause.json', (ctx) => setPaused(ctx, true)),
    del('/questions/:questionId/pause.json', (ctx) => setPaused(ctx, false)),
    put('/questions/:questionId/notification_settings.json', updateNotificationSettings),
  ],
};

/** Answers to check-in questions (docs: question_answers.md). */
export const questionAnswers: Section = {
  docs: 'question_answers',
  routes: [
    get('/questions/:questionId/answers.json', listAnswers),
    get('/questions/:questionId/answers/by.json', listAnswerers),
    get('/questions/:questionId/answers/by/:personId.json', listAnswersByPerson),
    get('/question_answers/:answerId.json', showRecording('answerId', ['Question::Answer'], renderQuestionAnswer)),
    post('/questions/:questionId/answers.json', createAnswer),
    put('/question_answers/:answerId.json', updateAnswer),
  ],
};

/** The caller's pending check-in reminders (docs: question_reminders.md); account-wide. */
export const questionReminders: Section = {
  docs: 'question_reminders',
  routes: [get('/my/question_reminders.json', listReminders, { legacy: false })],
};

// The questionnaire shares the tool record type with the other dock tools, so it narrows to never.
function findQuestionnaire(ctx: RequestContext, id: string): QuestionnaireTool {
  return findRecording(ctx, id, ['Questionnaire']);
}

function listQuestions(ctx: RequestContext): Reply {
  const questionnaire = findQuestionnaire(ctx, param(ctx, 'questionnaireId'));
  const found = childrenOf(ctx.state, questionnaire.id, 'Question').filter(
    (question) => question.status === 'active' && isVisibleTo(ctx.me, question),
  );
  return paginate(ctx, found, (question) => renderQuestion(ctx, question), { containerUpdatedAt: questionnaire.updatedAt });
}

/** A new question asks every employee on the project; its creator follows the answers. */
function createQuestion(ctx: RequestContext): Reply {
  const questionnaire = findQuestionnaire(ctx, param(ctx, 'questionnaireId'));
  const body = unwrap(ctx.body, 'question');
  const title = requiredText(body, 'title');
  const schedule = questionSchedule(ctx, body.schedule, undefined);
  const visibleToClients = optionalBoolean(body, 'visible_to_clients');
  const project = ctx.state.projects.get(questionnaire.bucketId) as Project;
  const responderIds = project.memberIds.filter((id) => ctx.state.people.get(id)?.client === false);
  const question = addQuestion(
    ctx.state,
    questionnaire,
    { title, schedule, creatorId: ctx.me.id, responderIds, ...(visibleToClients === undefined ? {} : { visibleToClients }) },
    ctx.now(),
  );
  return created(renderQuestion(ctx, question));
}

/** Changes what is given: title, schedule (merged key by key) and `paused`. */
function updateQuestion(ctx: RequestContext): Reply {
  const question = findRecording(ctx, param(ctx, 'questionId'), ['Question']);
  const body = unwrap(ctx.body, 'question');
  const title = body.title === undefined ? undefined : requiredText(body, 'title');
  const schedule = body.schedule === undefined ? undefined : questionSchedule(ctx, body.schedule, question.schedule);
  const paused = optionalBoolean(body, 'paused');
  if (title !== undefined) question.title = title;
  if (schedule !== undefined) question.schedule = schedule;
  if (paused !== undefined) question.paused = paused;
  const now = ctx.now();
  if (title !== undefined) {
    // answers are titled after their question
    for (const answer of childrenOf(ctx.state, question.id, 'Question::Answer')) answer.title = answerTitle(question);
  }
  touch(ctx.state, question, now);
  return ok(renderQuestion(ctx, question));
}

/** Docs: 200 with `{"paused": …}`. */
function setPaused(ctx: RequestContext, paused: boolean): Reply {
  const question = findRecording(ctx, param(ctx, 'questionId'), ['Question']);
  if (question.paused !== paused) {
    question.paused = paused;
    touch(ctx.state, question, ctx.now());
  }
  return ok({ paused });
}

/** Whether the caller is asked (`responding`) and notified of answers (`subscribed`). */
function updateNotificationSettings(ctx: RequestContext): Reply {
  const question = findRecording(ctx, param(ctx, 'questionId'), ['Question']);
  const responding = optionalBoolean(ctx.body, 'responding');
  const subscribed = optionalBoolean(ctx.body, 'subscribed');
  const me = ctx.me.id;
  if (responding === true && question.responders[me] === undefined) question.responders[me] = ctx.state.ids.recording.next();
  if (responding === false) delete question.responders[me];
  if (subscribed === true && !question.subscriberIds.includes(me)) question.subscriberIds.push(me);
  if (subscribed === false) question.subscriberIds = question.subscriberIds.filter((id) => id !== me);
  return ok({ responding: question.responders[me] !== undefined, subscribed: question.subscriberIds.includes(me) });
}

/** Newest first; `date` keeps one day's answers and `creator_id` one person's (docs: "Get question answers"). */
function listAnswers(ctx: RequestContext): Reply {
  const question = findRecording(ctx, param(ctx, 'questionId'), ['Question']);
  const date = ctx.query.get('date');
  const creatorId = ctx.query.get('creator_id');
  const found = answersOf(ctx, question).filter(
    (answer) => (date === null || answer.groupOn === date) && (creatorId === null || answer.creatorId === creatorId),
  );
  return paginate(ctx, found, (answer) => renderQuestionAnswer(ctx, answer), { containerUpdatedAt: question.updatedAt });
}

/** Everyone who has answered, in the order they first did. */
function listAnswerers(ctx: RequestContext): Reply {
  const question = findRecording(ctx, param(ctx, 'questionId'), ['Question']);
  const ids = [...new Set(answersOf(ctx, question).reverse().map((answer) => answer.creatorId))];
  const people = ids.flatMap((id) => {
    const person = ctx.state.people.get(id);
    return person ? [person] : [];
  });
  return paginate(ctx, people, (person) => renderPerson(ctx, person), { containerUpdatedAt: question.updatedAt });
}

function listAnswersByPerson(ctx: RequestContext): Reply {
  const question = findRecording(ctx, param(ctx, 'questionId'), ['Question']);
  const personId = param(ctx, 'personId');
  if (!ctx.state.people.has(personId)) throw notFound();
  const found = answersOf(ctx, question).filter((answer) => answer.creatorId === personId);
  return paginate(ctx, found, (answer) => renderQuestionAnswer(ctx, answer), { containerUpdatedAt: question.updatedAt });
}

/** `group_on` defaults to today (the sandbox's clock, UTC). */
function createAnswer(ctx: RequestContext): Reply {
  const question = findRecording(ctx, param(ctx, 'questionId'), ['Question']);
  const body = unwrap(ctx.body, 'question_answer');
  const content = requiredText(body, 'content');
  const groupOn = optionalDate(body, 'group_on') ?? isoDate(ctx.now());
  const answer = addAnswer(ctx.state, question, { content, groupOn, creatorId: ctx.me.id }, ctx.now());
  return created(renderQuestionAnswer(ctx, answer));
}

/** Only the author may edit an answer; 204 on success (docs: "Update a question answer"). */
function updateAnswer(ctx: RequestContext): Reply {
  const answer = findRecording(ctx, param(ctx, 'answerId'), ['Question::Answer']);
  if (answer.creatorId !== ctx.me.id && !ctx.me.owner && !ctx.me.admin) throw unprocessable('Only the author can change an answer');
  const body = unwrap(ctx.body, 'question_answer');
  answer.content = requiredText(body, 'content');
  const groupOn = optionalDate(body, 'group_on');
  if (groupOn) answer.groupOn = groupOn;
  touch(ctx.state, answer, ctx.now());
  return noContent();
}

/** One reminder per active, unpaused question the caller answers, at its next ask; soonest first. */
function listReminders(ctx: RequestContext): Reply {
  const now = ctx.now();
  const reminders: { id: string; remindAt: number; question: Question; updatedAt: number }[] = [];
  for (const recording of ctx.state.recordings.values()) {
    if (recording.type !== 'Question' || recording.paused) continue;
    const reminderId = recording.responders[ctx.me.id];
    if (reminderId === undefined) continue;
    const project = ctx.state.projects.get(recording.bucketId);
    if (!project || project.status !== 'active' || !canSeeProject(ctx.me, project)) continue;
    if (isTrashed(ctx.state, recording) || !isVisibleTo(ctx.me, recording)) continue;
    const remindAt = nextAsk(recording.schedule, now);
    if (remindAt !== undefined) reminders.push({ id: reminderId, remindAt, question: recording, updatedAt: recording.updatedAt });
  }
  reminders.sort((a, b) => a.remindAt - b.remindAt || a.id.localeCompare(b.id));
  return paginate(ctx, reminders, (reminder) => renderQuestionReminder(ctx, reminder), {
    containerUpdatedAt: ctx.state.account.updatedAt,
  });
}

function answersOf(ctx: RequestContext, question: Question): QuestionAnswer[] {
  return childrenOf(ctx.state, question.id, 'Question::Answer')
    .filter((answer) => answer.status === 'active' && isVisibleTo(ctx.me, answer))
    .sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
}

/**
 * A question's schedule from a write: `frequency`, `days` (numbers or digit strings, 0 = Sunday),
 * and the time as `time_of_day` ("5:00pm", docs) or `hour`/`minute` (openapi). On update, keys
 * left out keep their current value.
 */
function questionSchedule(ctx: RequestContext, value: unknown, current: QuestionSchedule | undefined): QuestionSchedule {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw unprocessable("Schedule can't be blank");
  }
  const body = value as Record<string, unknown>;
  const frequency = optionalChoice(body, 'frequency', QUESTION_FREQUENCIES) ?? current?.frequency;
  if (frequency === undefined) throw unprocessable("Schedule frequency can't be blank");
  const days = body.days === undefined ? current?.days : weekdays(body.days);
  if (days === undefined || (days.length === 0 && frequency !== 'every_month')) throw unprocessable("Schedule days can't be blank");
  const time = timeOfDay(body) ?? (current ? { hour: current.hour, minute: current.minute } : undefined);
  if (time === undefined) throw unprocessable("Schedule time of day can't be blank");
  const startDate = optionalDate(body, 'start_date') ?? current?.startDate ?? isoDate(ctx.now());
  const endDate = body.end_date === undefined ? (current?.endDate ?? null) : optionalDate(body, 'end_date') ?? null;
  if (endDate !== null && endDate < startDate) throw unprocessable('Schedule end date must be after the start date');
  return {
    frequency,
    days,
    ...time,
    weekInstance: integerOrNull(body, 'week_instance', current?.weekInstance ?? null),
    weekInterval: integerOrNull(body, 'week_interval', current?.weekInterval ?? null),
    monthInterval: integerOrNull(body, 'month_interval', current?.monthInterval ?? null),
    startDate,
    duration: current?.duration ?? null,
    endDate,
  };
}

function weekdays(value: unknown): number[] {
  const days = Array.isArray(value) ? value.map((day) => (typeof day === 'string' && /^\d$/.test(day) ? Number(day) : day)) : undefined;
  if (!days || !days.every((day): day is number => Number.isInteger(day) && (day as number) >= 0 && (day as number) <= 6)) {
    throw unprocessable('Schedule days must be weekday numbers from 0 (Sunday) to 6 (Saturday)');
  }
  return [...new Set(days)].sort();
}

function timeOfDay(body: Record<string, unknown>): { hour: number; minute: number } | undefined {
  const text = optionalText(body, 'time_of_day');
  if (text !== undefined) {
    const match = /^(\d{1,2}):(\d{2})\s*(am|pm)?$/i.exec(text.trim());
    const hour12 = Number(match?.[1]);
    const minute = Number(match?.[2]);
    const meridiem = match?.[3]?.toLowerCase();
    const hour = meridiem ? (hour12 % 12) + (meridiem === 'pm' ? 12 : 0) : hour12;
    if (!match || hour > 23 || minute > 59 || (meridiem && (hour12 < 1 || hour12 > 12))) {
      throw unprocessable('Schedule time of day is not a valid time');
    }
    return { hour, minute };
  }
  if (body.hour === undefined) return undefined;
  const hour = body.hour;
  const minute = body.minute ?? 0;
  if (!Number.isInteger(hour) || !Number.isInteger(minute) || (hour as number) < 0 || (hour as number) > 23 || (minute as number) < 0 || (minute as number) > 59) {
    throw unprocessable('Schedule time of day is not a valid time');
  }
  return { hour: hour as number, minute: minute as number };
}

function integerOrNull(body: Record<string, unknown>, key: string, current: number | null): number | null {
  const value = body[key];
  if (value === undefined) return current;
  if (value === null) return null;
  if (!Number.isInteger(value)) throw unprocessable(`Schedule ${key.replace('_', ' ')} must be a whole number`);
  return value as number;
}

