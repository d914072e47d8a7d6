import { addAnswer, addCalendar, addQuestion, addScheduleEntry, dayStart, type NewScheduleEntry } from '../factories/schedule.ts';
import type { Project, ToolRecording } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import type { QuestionSchedule, Recurrence } from '../state/schedule.ts';
import { DAY, HOUR } from '../durations.ts';

/**
 * The schedule family's seed: meetings and milestones on the project schedules, a staff
 * calendar, and automatic check-ins with a season of answers. Words are our own.
 */

/** Ids and counts tests rely on; every id is a digit string. */
export interface ScheduleLandmarks {
  schedules: { hq: string; catalog: string; bakery: string; warehouse: string };
  calendar: { id: string; schedule: string };
  entries: {
    /** Timed, two participants, a join link; in the catalog schedule. */
    kickoff: string;
    /** All-day, spans two days; in the catalog schedule. */
    allDay: string;
    /** Every Monday, 2025-11-17 to 2026-03-30; in the catalog schedule. */
    recurring: string;
    /** Trashed; in the catalog schedule. */
    trashed: string;
    /** Bakery entry the client sees. */
    clientVisible: string;
    /** Bakery entry hidden from the client. */
    clientHidden: string;
  };
  /** The recurring entry's first occurrence, a later one, and a day it does not happen (`YYYY-MM-DD`). */
  occurrences: { first: string; later: string; missing: string };
  questionnaires: { hq: string; catalog: string; bakery: string };
  questions: {
    /** Weekdays at 17:00, with `counts.dailyAnswers` answers: spans pages. */
    daily: string;
    weekly: string;
    /** Paused. */
    paused: string;
    /** In the catalog questionnaire. */
    catalog: string;
  };
  /** The newest answer to `daily`, by the owner. */
  answer: string;
  counts: { catalogEntries: number; dailyAnswers: number };
}

type People = Record<'owner' | 'admin' | 'production' | 'member' | 'copywriter' | 'developer' | 'photographer' | 'projectManager' | 'bookkeeper' | 'illustrator' | 'warehouse' | 'client', string>;

/** One-off catalog milestones: [summary, date, start hour UTC, hours; 0 hours = all day]. */
const CATALOG_MILESTONES: readonly (readonly [string, string, number, number])[] = [
  ['Catalog kickoff', '2025-11-12', 17, 1.5],
  ['Moodboard review', '2025-11-19', 18, 1],
  ['Product list locked', '2025-11-28', 0, 0],
  ['Prop sourcing trip', '2025-12-03', 16, 5],
  ['Cover concepts due', '2025-12-10', 0, 0],
  ['Cover concept critique', '2025-12-11', 18, 1],
  ['Copy brief with Lucía', '2025-12-15', 17, 1],
  ['Studio closed for the holidays', '2025-12-24', 0, 0],
  ['First layout pass', '2026-01-09', 0, 0],
  ['Pricing check with the warehouse', '2026-01-14', 19, 1],
  ['Photo shoot: studio day', '2026-01-20', 0, 0],
  ['Photo shoot: farmhouse kitchen', '2026-01-21', 0, 0],
  ['Photo selects review', '2026-01-26', 18, 2],
  ['Copy freeze', '2026-02-04', 0, 0],
  ['Proof round one', '2026-02-09', 17, 2],
  ['Proof round two', '2026-02-16', 17, 2],
  ['Printer press check', '2026-02-24', 15, 3],
  ['Catalogs arrive at the warehouse', '2026-03-06', 0, 0],
  ['Wholesale mail-out', '2026-03-10', 0, 0],
  ['Catalog retrospective', '2026-03-17', 18, 1],
];

const DAILY_ANSWERS = [
  'Finished the %s and sent it round for comments.',
  'Mostly meetings today, but I unblocked the %s.',
  'Tidied up the %s and started on next week\'s list.',
  'Spent the afternoon on the %s; it is nearly there.',
  'Paired with the team on the %s. Good progress.',
  'Chased suppliers about the %s, still waiting to hear back.',
];
const DAILY_TOPICS = ['cover layout', 'price sheet', 'shot list', 'product copy', 'print quote', 'stock count', 'website banner', 'invoice run'];

/** Seeds schedules, a calendar and check-ins into the seeded projects. */
export function seedSchedule(
  state: SandboxState,
  people: People,
  projects: { hq: Project; catalog: Project; bakery: Project; warehouse: Project },
): ScheduleLandmarks {
  const tool = (project: Project, name: 'schedule' | 'questionnaire'): ToolRecording => {
    const entry = project.dock.find((candidate) => candidate.name === name);
    const recording = entry ? state.recordings.get(entry.recordingId) : undefined;
    if (!recording || (recording.type !== 'Schedule' && recording.type !== 'Questionnaire')) {
      throw new Error(`project ${project.id} has no ${name}`);
    }
    return recording as ToolRecording;
  };
  const catalogSchedule = tool(projects.catalog, 'schedule');
  const entry = (schedule: ToolRecording, input: Omit<NewScheduleEntry, 'creatorId'> & { creatorId?: string }, at: number) =>
    addScheduleEntry(state, schedule, { creatorId: people.projectManager, ...input }, at);
  const catalogAt = projects.catalog.createdAt;

  const catalogTeam = [people.production, people.photographer, people.copywriter, people.member, people.illustrator];
  const milestones = CATALOG_MILESTONES.map(([summary, date, hour, hours], i) => {
    const allDay = hours === 0;
    const startsAt = dayStart(date) + (allDay ? 0 : hour * HOUR);
    return entry(
      catalogSchedule,
      {
        summary,
        description: i % 3 === 0 ? `<div>${summary}: bring what you have, finished or not.</div>` : '',
        allDay,
        startsAt,
        endsAt: allDay ? startsAt + (summary.startsWith('Photo shoot') ? DAY : 0) : startsAt + hours * HOUR,
        participantIds: [catalogTeam[i % catalogTeam.length] as string, ...(i % 2 ? [] : [people.projectManager])],
        ...(i === 0 ? { joinUrl: 'https://meet.example.com/larkspur-catalog' } : {}),
        highlighted: summary === 'Copy freeze',
      },
      catalogAt + DAY + i * HOUR,
    );
  });
  const photoShoot = milestones.find((m) => m.title === 'Photo shoot: studio day');
  const standup: Recurrence = { frequency: 'every_week', days: [1], hour: 16, minute: 30, weekInstance: null, startDate: '2025-11-17', endDate: '2026-03-30' };
  const recurring = entry(
    catalogSchedule,
    {
      summary: 'Monday catalog stand-up',
      description: '<div>Fifteen minutes: what shipped, what is stuck, who needs help.</div>',
      startsAt: dayStart(standup.startDate) + 16.5 * HOUR,
      endsAt: dayStart(standup.startDate) + 16.75 * HOUR,
      participantIds: catalogTeam,
      recurrence: standup,
    },
    catalogAt + 2 * DAY,
  );
  const trashed = entry(catalogSchedule, { summary: 'Catalog launch party (cancelled)', startsAt: dayStart('2026-03-20') + 23 * HOUR, endsAt: dayStart('2026-03-21') + 2 * HOUR }, catalogAt + 3 * DAY);
  trashed.status = 'trashed';

  const hqSchedule = tool(projects.hq, 'schedule');
  const lunch: Recurrence = { frequency: 'every_month', days: [5], hour: 20, minute: 0, weekInstance: 1, startDate: '2025-12-05', endDate: null };
  entry(hqSchedule, { summary: 'First-Friday all-hands lunch', creatorId: people.owner, startsAt: dayStart(lunch.startDate) + 20 * HOUR, endsAt: dayStart(lunch.startDate) + 21.5 * HOUR, recurrence: lunch }, projects.hq.createdAt + 200 * DAY);
  entry(hqSchedule, { summary: 'Quarterly planning day', creatorId: people.owner, allDay: true, startsAt: dayStart('2026-01-16'), endsAt: dayStart('2026-01-16'), participantIds: [people.admin, people.production] }, projects.hq.createdAt + 201 * DAY);

  const bakerySchedule = tool(projects.bakery, 'schedule');
  const clientVisible = entry(bakerySchedule, { summary: 'Homepage review call with Nadia', creatorId: people.production, startsAt: dayStart('2026-01-13') + 17 * HOUR, endsAt: dayStart('2026-01-13') + 18 * HOUR, participantIds: [people.production, people.client] }, projects.bakery.createdAt + 10 * DAY);
  const clientHidden = entry(bakerySchedule, { summary: 'Staging deploy rehearsal', creatorId: people.developer, startsAt: dayStart('2026-01-20') + 22 * HOUR, endsAt: dayStart('2026-01-20') + 23 * HOUR, participantIds: [people.developer] }, projects.bakery.createdAt + 11 * DAY);
  clientHidden.visibleToClients = false;

  const warehouseSchedule = tool(projects.warehouse, 'schedule');
  entry(warehouseSchedule, { summary: 'Moving day', creatorId: people.warehouse, allDay: true, startsAt: dayStart('2026-02-14'), endsAt: dayStart('2026-02-15'), participantIds: [people.warehouse, people.member] }, projects.warehouse.createdAt + 3 * DAY);

  const { calendar, schedule: calendarSchedule } = addCalendar(state, { name: 'Studio time off', color: 'green', creatorId: people.admin }, projects.hq.createdAt + 30 * DAY);
  entry(calendarSchedule, { summary: 'Maren at a design week', creatorId: people.owner, allDay: true, startsAt: dayStart('2026-02-02'), endsAt: dayStart('2026-02-06') }, calendar.createdAt + DAY);
  entry(calendarSchedule, { summary: 'Hana on leave', creatorId: people.photographer, allDay: true, startsAt: dayStart('2026-03-02'), endsAt: dayStart('2026-03-04') }, calendar.createdAt + 2 * DAY);

  // Check-ins
  const hqQuestionnaire = tool(projects.hq, 'questionnaire');
  const staff = projects.hq.memberIds.filter((id) => state.people.get(id)?.client === false);
  const weekdays = (days: number[], hour: number, minute: number, startDate: string, extra: Partial<QuestionSchedule> = {}): QuestionSchedule => ({
    frequency: 'every_day', days, hour, minute, weekInstance: null, weekInterval: null, monthInterval: null, startDate, duration: null, endDate: null, ...extra,
  });
  const hqAt = projects.hq.createdAt;
  const daily = addQuestion(state, hqQuestionnaire, { title: 'What did you get done today?', creatorId: people.owner, schedule: weekdays([1, 2, 3, 4, 5], 17, 0, '2025-03-10'), responderIds: staff }, hqAt + 7 * DAY);
  const weekly = addQuestion(state, hqQuestionnaire, { title: 'What are you reading or watching lately?', creatorId: people.admin, schedule: weekdays([5], 10, 0, '2025-03-14', { frequency: 'every_week' }), responderIds: staff }, hqAt + 8 * DAY);
  const paused = addQuestion(state, hqQuestionnaire, { title: 'Any wins worth celebrating this month?', creatorId: people.owner, schedule: weekdays([1], 9, 0, '2025-04-07', { frequency: 'every_month', weekInstance: 1 }), responderIds: staff, paused: true }, hqAt + 9 * DAY);
  const catalogQuestion = addQuestion(
    state,
    tool(projects.catalog, 'questionnaire'),
    { title: 'How is the catalog looking from your side?', creatorId: people.production, schedule: weekdays([1], 9, 30, '2025-11-17', { frequency: 'every_other_week', weekInterval: 2 }), responderIds: projects.catalog.memberIds },
    catalogAt + DAY,
  );

  // Forty-two working days of answers, two people a day, rotating through the team.
  let dailyAnswers = 0;
  let newest = daily.id;
  let day = dayStart('2026-01-05');
  for (let n = 0; n < 21; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const date = new Date(day).toISOString().slice(0, 10);
    for (const k of [0, 1]) {
      const i = n * 2 + k;
      const creatorId = i === 41 ? people.owner : (staff[i % staff.length] as string);
      const content = `<div>${(DAILY_ANSWERS[i % DAILY_ANSWERS.length] as string).replace('%s', DAILY_TOPICS[(i * 3) % DAILY_TOPICS.length] as string)}</div>`;
      newest = addAnswer(state, daily, { content, creatorId, groupOn: date }, day + 17 * HOUR + (10 + i % 7) * 60_000 + k * 60_000).id;
      dailyAnswers += 1;
    }
    n += 1;
  }
  ['A history of kitchen knives, slowly.', 'Rewatching an old baking show.', 'A book about Scandinavian type.'].forEach((text, i) =>
    addAnswer(state, weekly, { content: `<div>${text}</div>`, creatorId: staff[(i * 2) % staff.length] as string, groupOn: `2026-01-${String(9 + i * 7).padStart(2, '0')}` }, dayStart('2026-01-09') + i * 7 * DAY + 11 * HOUR),
  );
  addAnswer(state, catalogQuestion, { content: '<div>Photos look great; copy is a week behind.</div>', creatorId: people.copywriter, groupOn: '2026-01-26' }, dayStart('2026-01-26') + 10 * HOUR);

  if (!photoShoot) throw new Error('schedule seed landmarks missing');
  return {
    schedules: { hq: hqSchedule.id, catalog: catalogSchedule.id, bakery: bakerySchedule.id, warehouse: warehouseSchedule.id },
    calendar: { id: calendar.id, schedule: calendarSchedule.id },
    entries: {
      kickoff: (milestones[0] ?? photoShoot).id,
      allDay: photoShoot.id,
      recurring: recurring.id,
      trashed: trashed.id,
      clientVisible: clientVisible.id,
      clientHidden: clientHidden.id,
    },
    occurrences: { first: '2025-11-17', later: '2026-02-09', missing: '2026-02-10' },
    questionnaires: { hq: hqQuestionnaire.id, catalog: tool(projects.catalog, 'questionnaire').id, bakery: tool(projects.bakery, 'questionnaire').id },
    questions: { daily: daily.id, weekly: weekly.id, paused: paused.id, catalog: catalogQuestion.id },
    answer: newest,
    counts: { catalogEntries: milestones.length + 1, dailyAnswers },
  };
}
