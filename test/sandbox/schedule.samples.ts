import { SEED } from '../../src/sandbox/seed/index.ts';

const S = SEED.schedule;
const day = (date: string) => date.replace(/-/g, '');

/** Sample requests for every GET of the schedule family, for the OpenAPI shape test; [path, token]. */
export const SCHEDULE_SAMPLES: Record<string, [path: string, as?: string][]> = {
  '/schedules/:scheduleId.json': [[`/schedules/${S.schedules.catalog}.json`], [`/schedules/${S.calendar.schedule}.json`], [`/schedules/${S.schedules.bakery}.json`, 'client']],
  '/schedules/:scheduleId/entries.json': [
    [`/schedules/${S.schedules.catalog}/entries.json`],
    [`/schedules/${S.schedules.catalog}/entries.json?status=trashed`],
    [`/schedules/${S.schedules.bakery}/entries.json`, 'client'],
  ],
  '/schedule_entries/:entryId.json': [
    [`/schedule_entries/${S.entries.kickoff}.json`],
    [`/schedule_entries/${S.entries.allDay}.json`],
    [`/schedule_entries/${S.entries.recurring}.json`],
  ],
  '/schedule_entries/:entryId/occurrences/:date.json': [[`/schedule_entries/${S.entries.recurring}/occurrences/${day(S.occurrences.later)}.json`]],
  '/calendars/:calendarId.json': [[`/calendars/${S.calendar.id}.json`]],
  '/reports/schedules/upcoming.json': [['/reports/schedules/upcoming.json?window_starts_on=2026-01-12&window_ends_on=2026-02-20']],
  '/questionnaires/:questionnaireId.json': [[`/questionnaires/${S.questionnaires.hq}.json`], [`/questionnaires/${S.questionnaires.bakery}.json`]],
  '/questionnaires/:questionnaireId/questions.json': [[`/questionnaires/${S.questionnaires.hq}/questions.json`]],
  '/questions/:questionId.json': [[`/questions/${S.questions.daily}.json`], [`/questions/${S.questions.paused}.json`]],
  '/questions/:questionId/answers.json': [
    [`/questions/${S.questions.daily}/answers.json`],
    [`/questions/${S.questions.daily}/answers.json?page=2`],
    [`/questions/${S.questions.daily}/answers.json?creator_id=${SEED.people.owner}`],
  ],
  '/questions/:questionId/answers/by.json': [[`/questions/${S.questions.daily}/answers/by.json`]],
  '/questions/:questionId/answers/by/:personId.json': [[`/questions/${S.questions.daily}/answers/by/${SEED.people.owner}.json`]],
  '/question_answers/:answerId.json': [[`/question_answers/${S.answer}.json`]],
  '/my/question_reminders.json': [['/my/question_reminders.json'], ['/my/question_reminders.json', 'member']],
};
