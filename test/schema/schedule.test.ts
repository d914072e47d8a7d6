import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { expectMatchesRest, leafSelection, restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

const S = SEED.schedule;
let stack: Stack;
// A clock that moves a second per reading, from a Monday morning inside the seeded season.
let clock = Date.parse('2026-02-09T10:00:00.000Z');
beforeAll(async () => {
  stack = await startStack({ sandbox: { now: () => (clock += 1000) } });
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

describe('schedule read graph', () => {
  it.each([
    ['Schedule', 'schedule', S.schedules.catalog, `/schedules/${S.schedules.catalog}.json`],
    ['Schedule', 'schedule', S.calendar.schedule, `/schedules/${S.calendar.schedule}.json`],
    ['ScheduleEntry', 'scheduleEntry', S.entries.kickoff, `/schedule_entries/${S.entries.kickoff}.json`],
    ['ScheduleEntry', 'scheduleEntry', S.entries.allDay, `/schedule_entries/${S.entries.allDay}.json`],
    ['ScheduleEntry', 'scheduleEntry', S.entries.recurring, `/schedule_entries/${S.entries.recurring}.json`],
    ['Calendar', 'calendar', S.calendar.id, `/calendars/${S.calendar.id}.json`],
    ['Questionnaire', 'questionnaire', S.questionnaires.hq, `/questionnaires/${S.questionnaires.hq}.json`],
    ['Question', 'question', S.questions.daily, `/questions/${S.questions.daily}.json`],
    ['Question', 'question', S.questions.paused, `/questions/${S.questions.paused}.json`],
    ['QuestionAnswer', 'questionAnswer', S.answer, `/question_answers/${S.answer}.json`],
  ])('%s via %s(id:) has every leaf field of the REST object', async (type, field, id, path) => {
    const result = await stack.graphql(`query($id: ID!) { ${field}(id: $id) ${leafSelection(type)} }`, { variables: { id } });
    expect(result.errors).toBeUndefined();
    expectMatchesRest(result.data[field], await restGet(stack, path));
  });

  it('exposes a recurring entry\'s rule and any one of its occurrences', async () => {
    const result = await stack.graphql(
      `query($id: ID!, $day: Date!) { scheduleEntry(id: $id) { recurrenceSchedule ${leafSelection('RecurrenceSchedule')} occurrence(date: $day) ${leafSelection('ScheduleEntry')} } }`,
      { variables: { id: S.entries.recurring, day: S.occurrences.later } },
    );
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, `/schedule_entries/${S.entries.recurring}.json`);
    expectMatchesRest(result.data.scheduleEntry.recurrenceSchedule, rest.recurrence_schedule);
    expectMatchesRest(result.data.scheduleEntry.occurrence, await restGet(stack, `/schedule_entries/${S.entries.recurring}/occurrences/${S.occurrences.later.replace(/-/g, '')}.json`));
    expect(result.data.scheduleEntry.occurrence.startsAt.slice(0, 10)).toBe(S.occurrences.later);

    const missing = await stack.graphql(`query($id: ID!, $day: Date!) { scheduleEntryOccurrence(id: $id, date: $day) { summary } }`, {
      variables: { id: S.entries.recurring, day: S.occurrences.missing },
    });
    expect(missing.data.scheduleEntryOccurrence).toBeNull();
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('matches the schedule of a question and the upcoming report with REST, field for field', async () => {
    const question = await stack.graphql(`query($id: ID!) { question(id: $id) { schedule ${leafSelection('QuestionSchedule')} } }`, { variables: { id: S.questions.daily } });
    expectMatchesRest(question.data.question.schedule, (await restGet(stack, `/questions/${S.questions.daily}.json`)).schedule);

    const window = { from: '2026-01-12', to: '2026-02-20' };
    const report = await stack.graphql(
      `query($from: Date!, $to: Date!) { upcomingSchedule(windowStartsOn: $from, windowEndsOn: $to) {
        scheduleEntries ${leafSelection('UpcomingScheduleEntry')}
        recurringScheduleEntryOccurrences ${leafSelection('UpcomingScheduleEntry')}
        assignables { ${leafSelection('UpcomingAssignable').slice(1, -1)} parent ${leafSelection('UpcomingAssignableParent')} }
      } }`,
      { variables: window },
    );
    expect(report.errors).toBeUndefined();
    const rest = await restGet(stack, `/reports/schedules/upcoming.json?window_starts_on=${window.from}&window_ends_on=${window.to}`);
    for (const key of ['scheduleEntries', 'recurringScheduleEntryOccurrences', 'assignables'] as const) {
      const restKey = { scheduleEntries: 'schedule_entries', recurringScheduleEntryOccurrences: 'recurring_schedule_entry_occurrences', assignables: 'assignables' }[key];
      expect(report.data.upcomingSchedule[key].length).toBe(rest[restKey].length);
      expect(report.data.upcomingSchedule[key].length).toBeGreaterThan(0);
      report.data.upcomingSchedule[key].forEach((item: any, i: number) => {
        const { parent, ...leaves } = item;
        expectMatchesRest(leaves, rest[restKey][i]);
        if (parent) expectMatchesRest(parent, rest[restKey][i].parent);
      });
    }
  });

  it('lists the current user\'s reminders with the embedded question, at no extra cost', async () => {
    const result = await stack.graphql(`{ questionReminders(first: 10) { totalCount nodes { ${leafSelection('QuestionReminder').slice(1, -1)} question { title paused } } } }`);
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, '/my/question_reminders.json');
    expect(result.data.questionReminders.totalCount).toBe(rest.length);
    result.data.questionReminders.nodes.forEach((node: any, i: number) => {
      const { question, ...leaves } = node;
      expectMatchesRest(leaves, rest[i]);
      expect(question).toEqual({ title: rest[i].question.title, paused: false });
    });
    expect(stack.upstreamPaths().filter((path) => !path.startsWith('/my/question_reminders'))).toEqual([]);
  });

  it('walks a project\'s schedule and check-ins in the fewest upstream calls', async () => {
    const result = await stack.graphql(
      `query($id: ID!) { project(id: $id) {
        schedule { title entries(first: 5) { totalCount nodes { summary participants { name } parent { ... on Schedule { entriesCount } } } } }
        questionnaire { name questions(first: 5) { nodes { title parent { ... on Questionnaire { name } } answers(first: 3) { totalCount nodes { content creator { name } parent { ... on Question { title } } } } } } }
      } }`,
      { variables: { id: SEED.projects.catalog } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.project.schedule.entries.totalCount).toBe(S.counts.catalogEntries);
    expect(result.data.project.questionnaire.questions.nodes[0].answers.nodes[0].parent.title).toBe(result.data.project.questionnaire.questions.nodes[0].title);
    expect(stack.upstreamPaths().sort()).toEqual(
      [
        `/projects/${SEED.projects.catalog}.json`,
        `/schedules/${S.schedules.catalog}.json`,
        `/schedules/${S.schedules.catalog}/entries.json`,
        `/questionnaires/${S.questionnaires.catalog}.json`,
        `/questionnaires/${S.questionnaires.catalog}/questions.json`,
        `/questions/${S.questions.catalog}/answers.json`,
      ].sort(),
    );
  });

  it('pages a question\'s answers across upstream pages and filters them by person', async () => {
    const query = `query($id: ID!, $after: String) { question(id: $id) { answers(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { basecampId } } } }`;
    const first = await stack.graphql(query, { variables: { id: S.questions.daily } });
    const page = first.data.question.answers;
    expect(page.totalCount).toBe(S.counts.dailyAnswers);
    expect(page.nodes).toHaveLength(20);
    const second = await stack.graphql(query, { variables: { id: S.questions.daily, after: page.pageInfo.endCursor } });
    const ids = [...page.nodes, ...second.data.question.answers.nodes].map((node: any) => node.basecampId);
    expect(new Set(ids).size).toBe(40);
    const mine = await stack.graphql(`query($id: ID!, $me: ID!) { question(id: $id) { answersBy(personId: $me) { nodes { creator { basecampId } } } answers(creatorId: $me) { totalCount } answerers(first: 50) { nodes { basecampId } } } }`, {
      variables: { id: S.questions.daily, me: SEED.people.owner },
    });
    expect(mine.errors).toBeUndefined();
    expect(mine.data.question.answersBy.nodes.every((node: any) => node.creator.basecampId === SEED.people.owner)).toBe(true);
    expect(mine.data.question.answers.totalCount).toBe(mine.data.question.answersBy.nodes.length);
    expect(mine.data.question.answerers.nodes.map((node: any) => node.basecampId)).toContain(SEED.people.owner);
  });
});

describe('a standalone calendar is not a project', () => {
  it('its entries answer a null bucket, with no error', async () => {
    const result = await stack.graphql(`query($id: ID!) { calendar(id: $id) { schedule { entries(first: 5) { nodes { basecampId bucket { id } } } } } }`, { variables: { id: S.calendar.id } });
    expect(result.errors).toBeUndefined();
    const entries = result.data.calendar.schedule.entries.nodes as { basecampId: string; bucket: unknown }[];
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.bucket).toBeNull();
    const inProject = await stack.graphql(`query($id: ID!) { scheduleEntry(id: $id) { bucket { basecampId } } }`, { variables: { id: S.entries.kickoff } });
    expect(inProject.data.scheduleEntry.bucket).toEqual({ basecampId: expect.any(String) });
  });
});

describe('schedule mutations', () => {
  const ENTRY = 'id basecampId summary description allDay startsAt endsAt joinUrl highlighted participants { basecampId } status';

  it('runs create → read → update → read → trash → read for a schedule entry', async () => {
    const created = await stack.graphql(`mutation($input: CreateScheduleEntryInput!) { createScheduleEntry(input: $input) { scheduleEntry { ${ENTRY} } } }`, {
      variables: {
        input: {
          scheduleId: S.schedules.catalog,
          summary: 'Index proofreading session',
          description: '<div>Bring red pens.</div>',
          startsAt: '2026-03-04T16:00:00Z',
          endsAt: '2026-03-04T17:30:00Z',
          participantIds: [SEED.people.copywriter],
          joinUrl: 'https://meet.example.com/index',
        },
      },
    });
    expect(created.errors).toBeUndefined();
    const entry = created.data.createScheduleEntry.scheduleEntry;
    expect(entry).toMatchObject({ summary: 'Index proofreading session', startsAt: '2026-03-04T16:00:00.000Z', participants: [{ basecampId: SEED.people.copywriter }] });
    expect(stack.upstreamPaths()).toEqual([`/schedules/${S.schedules.catalog}/entries.json`]);

    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on ScheduleEntry { ${ENTRY} } } }`, { variables: { id: entry.id } });
    expect(read.data.node).toEqual(entry);

    // Only the summary changes: description, participants and the join link survive the replace.
    const updated = await stack.graphql(`mutation($id: ID!) { updateScheduleEntry(input: { id: $id, summary: "Index proofread" }) { scheduleEntry { ${ENTRY} } } }`, { variables: { id: entry.id } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateScheduleEntry.scheduleEntry).toEqual({ ...entry, summary: 'Index proofread' });
    const cleared = await stack.graphql(`mutation($id: ID!) { updateScheduleEntry(input: { id: $id, participantIds: null, joinUrl: null, allDay: true, startsAt: "2026-03-05", endsAt: "2026-03-05" }) { scheduleEntry { allDay startsAt joinUrl participants { basecampId } } } }`, { variables: { id: entry.id } });
    expect(cleared.data.updateScheduleEntry.scheduleEntry).toEqual({ allDay: true, startsAt: '2026-03-05', joinUrl: null, participants: [] });
    const reread = await stack.graphql(`query($id: ID!) { scheduleEntry(id: $id) { summary allDay description } }`, { variables: { id: entry.id } });
    expect(reread.data.scheduleEntry).toEqual({ summary: 'Index proofread', allDay: true, description: '<div>Bring red pens.</div>' });

    const trashed = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId } }`, { variables: { id: entry.id } });
    expect(trashed.data.trashRecording.deletedId).toBe(entry.id);
    const gone = await stack.graphql(`query($id: ID!) { scheduleEntry(id: $id) { summary } }`, { variables: { id: entry.id } });
    expect(gone.data.scheduleEntry).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('creates an entry hidden from the project\'s clients, followed by the people named beside its creator', async () => {
    const created = await stack.graphql(
      `mutation($input: CreateScheduleEntryInput!) { createScheduleEntry(input: $input) { scheduleEntry { id basecampId visibleToClients recordingSubscription { subscribers { basecampId } } } } }`,
      {
        variables: {
          input: {
            scheduleId: S.schedules.bakery,
            summary: 'Supplier price review',
            startsAt: '2026-03-10T15:00:00Z',
            endsAt: '2026-03-10T16:00:00Z',
            subscriberIds: [SEED.people.developer],
            visibleToClients: false,
          },
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const entry = created.data.createScheduleEntry.scheduleEntry;
    expect(entry.visibleToClients).toBe(false);
    expect(entry.recordingSubscription.subscribers.map((person: { basecampId: string }) => person.basecampId).sort()).toEqual([SEED.people.developer, SEED.people.owner].sort());
    expect(stack.upstreamPaths()).toEqual([`/schedules/${S.schedules.bakery}/entries.json`, `/recordings/${entry.basecampId}/subscription.json`]);

    const asClient = await stack.graphql(`query($id: ID!) { scheduleEntry(id: $id) { summary } }`, { variables: { id: entry.id }, token: stack.sandbox.tokens.client });
    expect(asClient.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const unknown = await stack.graphql(`mutation($id: ID!) { createScheduleEntry(input: { scheduleId: $id, summary: "x", startsAt: "2026-03-10", endsAt: "2026-03-10", allDay: true, subscriberIds: ["999999999"] }) { scheduleEntry { id } } }`, {
      variables: { id: S.schedules.bakery },
    });
    expect(unknown.data?.createScheduleEntry ?? null).toBeNull();
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('runs create → read → update → pause → resume → trash → read for a question and its answer', async () => {
    const created = await stack.graphql(
      `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { question { id title paused schedule { frequency days hour minute } } } }`,
      { variables: { input: { questionnaireId: S.questionnaires.catalog, title: 'What slowed you down?', schedule: { frequency: 'EVERY_WEEK', days: [4], hour: 15, minute: 45 } } } },
    );
    expect(created.errors).toBeUndefined();
    const question = created.data.createQuestion.question;
    expect(question).toMatchObject({ title: 'What slowed you down?', paused: false, schedule: { frequency: 'EVERY_WEEK', days: [4], hour: 15, minute: 45 } });

    const renamed = await stack.graphql(`mutation($id: ID!) { updateQuestion(input: { id: $id, title: "What got in your way?" }) { question { title schedule { frequency days hour minute } } } }`, { variables: { id: question.id } });
    expect(renamed.data.updateQuestion.question).toEqual({ title: 'What got in your way?', schedule: question.schedule });
    const paused = await stack.graphql(`mutation($id: ID!) { pauseQuestion(input: { id: $id }) { question { paused } } }`, { variables: { id: question.id } });
    expect(paused.data.pauseQuestion.question.paused).toBe(true);
    const resumed = await stack.graphql(`mutation($id: ID!) { resumeQuestion(input: { id: $id }) { question { paused } } }`, { variables: { id: question.id } });
    expect(resumed.data.resumeQuestion.question.paused).toBe(false);
    const settings = await stack.graphql(`mutation($id: ID!) { updateQuestionNotificationSettings(input: { id: $id, subscribed: false }) { responding subscribed question { title } } }`, { variables: { id: question.id } });
    expect(settings.data.updateQuestionNotificationSettings).toEqual({ responding: true, subscribed: false, question: { title: 'What got in your way?' } });

    const answered = await stack.graphql(`mutation($id: ID!) { createQuestionAnswer(input: { questionId: $id, content: "<div>Waiting on paper samples.</div>", groupOn: "2026-02-12" }) { questionAnswer { id content groupOn parent { ... on Question { title } } } } }`, { variables: { id: question.id } });
    expect(answered.errors).toBeUndefined();
    const answer = answered.data.createQuestionAnswer.questionAnswer;
    expect(answer).toMatchObject({ groupOn: '2026-02-12', parent: { title: 'What got in your way?' } });
    const edited = await stack.graphql(`mutation($id: ID!) { updateQuestionAnswer(input: { id: $id, groupOn: "2026-02-13" }) { questionAnswer { content groupOn } } }`, { variables: { id: answer.id } });
    expect(edited.data.updateQuestionAnswer.questionAnswer).toEqual({ content: '<div>Waiting on paper samples.</div>', groupOn: '2026-02-13' });
    const count = await stack.graphql(`query($id: ID!) { question(id: $id) { answersCount answers { totalCount } } }`, { variables: { id: question.id } });
    expect(count.data.question).toEqual({ answersCount: 1, answers: { totalCount: 1 } });

    await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId } }`, { variables: { id: question.id } });
    const gone = await stack.graphql(`query($q: ID!, $a: ID!) { question(id: $q) { title } questionAnswer(id: $a) { content } }`, { variables: { q: question.id, a: answer.id } });
    expect(gone.data).toEqual({ question: null, questionAnswer: null });
    expect(gone.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
  });

  it('changes schedule settings and a calendar\'s colour, returning the changed objects', async () => {
    const settings = await stack.graphql(`mutation($id: ID!) { updateScheduleSettings(input: { id: $id, includeDueAssignments: false }) { schedule { includeDueAssignments } } }`, { variables: { id: S.schedules.hq } });
    expect(settings.data.updateScheduleSettings.schedule.includeDueAssignments).toBe(false);
    const read = await stack.graphql(`query($id: ID!) { project(id: $id) { schedule { includeDueAssignments } } }`, { variables: { id: SEED.projects.hq } });
    expect(read.data.project.schedule.includeDueAssignments).toBe(false);
    const calendar = await stack.graphql(`mutation($id: ID!) { updateCalendar(input: { id: $id, color: BLUE }) { calendar { color schedule { basecampId } } } }`, { variables: { id: S.calendar.id } });
    expect(calendar.data.updateCalendar.calendar).toEqual({ color: 'BLUE', schedule: { basecampId: S.calendar.schedule } });
  });

  it('rejects input Basecamp would refuse before any upstream call, naming the field', async () => {
    const backwards = await stack.graphql(`mutation($id: ID!) { createScheduleEntry(input: { scheduleId: $id, summary: "x", startsAt: "2026-03-04T17:00:00Z", endsAt: "2026-03-04T16:00:00Z" }) { scheduleEntry { id } } }`, { variables: { id: S.schedules.catalog } });
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'endsAt' } });
    const badTime = await stack.graphql(`mutation($id: ID!) { createScheduleEntry(input: { scheduleId: $id, summary: "x", startsAt: "next week", endsAt: "2026-03-04" }) { scheduleEntry { id } } }`, { variables: { id: S.schedules.catalog } });
    expect(badTime.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startsAt' } });
    // Days a calendar lacks, which `Date.parse` would roll over into the next month.
    for (const [startsAt, endsAt] of [['2026-02-30T10:00:00Z', '2026-03-05T09:00:00Z'], ['2026-02-29', '2026-03-02'], ['2026-11-31T10:00:00+02:00', '2026-12-02T10:00:00Z']]) {
      const impossible = await stack.graphql(`mutation($id: ID!, $s: String!, $e: String!) { createScheduleEntry(input: { scheduleId: $id, summary: "x", startsAt: $s, endsAt: $e }) { scheduleEntry { id } } }`, { variables: { id: S.schedules.catalog, s: startsAt, e: endsAt } });
      expect(impossible.errors?.[0], startsAt).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'startsAt' } });
    }
    const badDays = await stack.graphql(`mutation($id: ID!) { createQuestion(input: { questionnaireId: $id, title: "x", schedule: { frequency: EVERY_DAY, days: [9], hour: 9 } }) { question { id } } }`, { variables: { id: S.questionnaires.catalog } });
    expect(badDays.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'schedule.days' } });
    const blank = await stack.graphql(`mutation($id: ID!) { createQuestionAnswer(input: { questionId: $id, content: " " }) { questionAnswer { id } } }`, { variables: { id: S.questions.daily } });
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'content' } });
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('passes Basecamp\'s own 422 through as BAD_USER_INPUT', async () => {
    const result = await stack.graphql(`mutation($id: ID!) { createScheduleEntry(input: { scheduleId: $id, summary: "x", startsAt: "2026-03-04", endsAt: "2026-03-04", participantIds: ["1"] }) { scheduleEntry { id } } }`, { variables: { id: S.schedules.catalog } });
    expect(result.data.createScheduleEntry).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('not in this account'), extensions: { code: 'BAD_USER_INPUT', status: 422 } });
  });
});
