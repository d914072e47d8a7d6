import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

const S = SEED.schedule;
let harness: Harness;
let now = Date.parse('2026-02-09T10:00:00.000Z');
beforeEach(async () => {
  now = Date.parse('2026-02-09T10:00:00.000Z');
  harness = await startSandbox({ now: () => now });
});
afterEach(() => harness.close());

type Json = Record<string, any>;
const write = (method: string, path: string, body?: unknown, as = 'owner') => harness.call(path, { method, as, body: body ?? {} });

describe('schedule entries', () => {
  it('creates, reads, replaces and lists an entry, moving the schedule\'s ETag', async () => {
    const listPath = `/schedules/${S.schedules.catalog}/entries.json`;
    const before = await harness.call(listPath);
    const schedulePath = `/schedules/${S.schedules.catalog}.json`;
    const etag = (await harness.call(schedulePath)).headers.get('etag');
    const created = await write('POST', listPath, {
      summary: 'Print proof pickup',
      starts_at: '2026-03-02T15:00:00Z',
      ends_at: '2026-03-02T16:00:00Z',
      participant_ids: [SEED.people.production],
      url: 'meet.example.com/proofs',
    });
    expect(created.status).toBe(201);
    const entry = await json<Json>(created);
    expect(entry).toMatchObject({
      type: 'Schedule::Entry',
      title: 'Print proof pickup',
      summary: 'Print proof pickup',
      all_day: false,
      starts_at: '2026-03-02T15:00:00.000Z',
      join_url: 'https://meet.example.com/proofs',
      parent: { id: S.schedules.catalog, type: 'Schedule' },
      participants: [{ id: SEED.people.production }],
    });
    const after = await harness.call(listPath);
    expect((await harness.call(schedulePath)).headers.get('etag')).not.toBe(etag);
    expect(Number(after.headers.get('x-total-count'))).toBe(Number(before.headers.get('x-total-count')) + 1);

    // A replace without all_day turns it into a timed entry; participants survive when omitted.
    const replaced = await write('PUT', `/schedule_entries/${entry.id}.json`, { summary: 'Proof pickup', starts_at: '2026-03-03', ends_at: '2026-03-03', all_day: true });
    expect(replaced.status).toBe(200);
    expect(await json<Json>(replaced)).toMatchObject({ summary: 'Proof pickup', all_day: true, starts_at: '2026-03-03', ends_at: '2026-03-03', participants: [{ id: SEED.people.production }] });
    expect(await json<Json>(await harness.call(`/schedule_entries/${entry.id}.json`))).toMatchObject({ summary: 'Proof pickup', all_day: true });
  });

  it('publishes an entry unless `status` says drafted, beside the envelope; a draft is not listed, nor in /my/drafts; a bad status is a 400', async () => {
    const path = `/schedules/${S.schedules.catalog}/entries.json`;
    const entry = { summary: 'Tentative shoot', starts_at: '2026-03-04', ends_at: '2026-03-04', all_day: true };
    const before = Number((await harness.call(path)).headers.get('x-total-count'));
    const draft = await json<Json>(await write('POST', path, { schedule_entry: entry, status: 'drafted' }));
    expect(draft.status).toBe('drafted');
    expect(Number((await harness.call(path)).headers.get('x-total-count'))).toBe(before);
    expect((await harness.call(`/schedule_entries/${draft.id}.json`)).status).toBe(200);
    expect((await harness.call(`/schedule_entries/${draft.id}.json`, { as: 'member' })).status).toBe(404);
    expect((await json<Json[]>(await harness.call('/my/drafts.json'))).map((entry) => entry.id)).not.toContain(draft.id);

    const published = await json<Json>(await write('POST', path, { schedule_entry: entry }));
    expect(published.status).toBe('active');
    expect((await harness.call(`/schedule_entries/${published.id}.json`, { as: 'member' })).status).toBe(200);
    expect(Number((await harness.call(path)).headers.get('x-total-count'))).toBe(before + 1);
    expect((await write('POST', path, { schedule_entry: entry, status: 'pending' })).status).toBe(400);
  });

  it('refuses blank summaries, bad times and backwards ranges with 422', async () => {
    const path = `/schedules/${S.schedules.catalog}/entries.json`;
    const cases: [unknown, RegExp][] = [
      [{ summary: ' ', starts_at: '2026-03-02', ends_at: '2026-03-02' }, /Summary can't be blank/],
      [{ summary: 'x', starts_at: 'tomorrow', ends_at: '2026-03-02' }, /Starts at is not a valid date/],
      [{ summary: 'x', starts_at: '2026-03-02T10:00:00Z', ends_at: '2026-03-02T09:00:00Z' }, /Ends at must be after/],
      [{ summary: 'x', starts_at: '2026-03-02', ends_at: '2026-03-02', participant_ids: [1] }, /not in this account/],
    ];
    for (const [body, message] of cases) {
      const response = await write('POST', path, body);
      expect(response.status).toBe(422);
      expect((await json<Json>(response)).error).toMatch(message);
    }
  });

  it('pages the catalog schedule and serves occurrences of the recurring entry', async () => {
    const first = await harness.call(`/schedules/${S.schedules.catalog}/entries.json`);
    expect(Number(first.headers.get('x-total-count'))).toBe(S.counts.catalogEntries);
    expect((await json<Json[]>(first)).length).toBe(15);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBeDefined();
    expect((await json<Json[]>(await harness.call(next!))).length).toBe(S.counts.catalogEntries - 15);

    const entry = await json<Json>(await harness.call(`/schedule_entries/${S.entries.recurring}.json`));
    expect(entry.recurrence_schedule).toMatchObject({ frequency: 'every_week', days: [1], start_date: S.occurrences.first });
    const later = await json<Json>(await harness.call(`/schedule_entries/${S.entries.recurring}/occurrences/${S.occurrences.later.replace(/-/g, '')}.json`));
    expect(later.starts_at.slice(0, 10)).toBe(S.occurrences.later);
    expect(later.starts_at.slice(10)).toBe(entry.starts_at.slice(10));
    expect((await harness.call(`/schedule_entries/${S.entries.recurring}/occurrences/${S.occurrences.missing.replace(/-/g, '')}.json`)).status).toBe(404);
    expect((await harness.call(`/schedule_entries/${S.entries.trashed}.json`)).status).toBe(404);
    expect((await harness.call(`/schedule_entries/${S.entries.clientHidden}.json`, { as: 'client' })).status).toBe(404);
    expect((await harness.call(`/schedule_entries/${S.entries.clientVisible}.json`, { as: 'client' })).status).toBe(200);
  });

  it('turns due assignments off a schedule and out of the upcoming report', async () => {
    const upcoming = '/reports/schedules/upcoming.json?window_starts_on=2026-02-02&window_ends_on=2026-02-13';
    const before = await json<Json>(await harness.call(upcoming));
    expect(before.recurring_schedule_entry_occurrences.map((e: Json) => e.starts_at.slice(0, 10))).toContain('2026-02-09');
    expect(before.assignables.some((a: Json) => a.bucket.id === SEED.projects.catalog)).toBe(true);
    const updated = await write('PUT', `/schedules/${S.schedules.catalog}.json`, { schedule: { include_due_assignments: false } });
    expect(await json<Json>(updated)).toMatchObject({ include_due_assignments: false });
    const after = await json<Json>(await harness.call(upcoming));
    expect(after.assignables.some((a: Json) => a.bucket.id === SEED.projects.catalog)).toBe(false);
    expect((await write('PUT', `/schedules/${S.schedules.catalog}.json`, {})).status).toBe(422);
    expect((await harness.call('/reports/schedules/upcoming.json?window_starts_on=2026-02-02')).status).toBe(400);
  });

  it('recolours a calendar and refuses unknown colours with errors keyed by field', async () => {
    const calendar = await json<Json>(await harness.call(`/calendars/${S.calendar.id}.json`));
    expect(calendar).toMatchObject({ type: 'Calendar', color: 'green', schedule_url: `${harness.api}/schedules/${S.calendar.schedule}.json` });
    const bad = await write('PUT', `/calendars/${S.calendar.id}.json`, { calendar: { color: 'teal' } });
    expect(bad.status).toBe(422);
    expect(await json<Json>(bad)).toMatchObject({ errors: { color: ['is not a valid color'] } });
    now += 60_000;
    const good = await write('PUT', `/calendars/${S.calendar.id}.json`, { calendar: { color: 'purple' } });
    expect(await json<Json>(good)).toMatchObject({ color: 'purple', updated_at: new Date(now).toISOString() });
    expect((await harness.call(`/calendars/${S.calendar.id}.json`, { as: 'client' })).status).toBe(404);
  });
});

describe('automatic check-ins', () => {
  it('creates a question from the docs\' wrapped body, updates, pauses and resumes it', async () => {
    const created = await write('POST', `/questionnaires/${S.questionnaires.catalog}/questions.json`, {
      question: { title: 'What did you learn this week?', schedule: { frequency: 'every_week', time_of_day: '4:30pm', days: ['5'] } },
    });
    expect(created.status).toBe(201);
    const question = await json<Json>(created);
    expect(question).toMatchObject({ type: 'Question', paused: false, schedule: { frequency: 'every_week', days: [5], hour: 16, minute: 30 }, answers_count: 0 });
    const updated = await json<Json>(await write('PUT', `/questions/${question.id}.json`, { question: { title: 'What did you learn?' } }));
    expect(updated).toMatchObject({ title: 'What did you learn?', schedule: { frequency: 'every_week', days: [5] } });
    expect(await json<Json>(await write('POST', `/questions/${question.id}/pause.json`))).toEqual({ paused: true });
    expect(await json<Json>(await harness.call(`/questions/${question.id}.json`))).toMatchObject({ paused: true });
    expect(await json<Json>(await write('DELETE', `/questions/${question.id}/pause.json`))).toEqual({ paused: false });
    const bad = await write('POST', `/questionnaires/${S.questionnaires.catalog}/questions.json`, { title: 'x', schedule: { frequency: 'hourly', days: [1], hour: 9 } });
    expect(bad.status).toBe(422);
    expect((await json<Json>(bad)).error).toMatch(/Frequency is not included in the list/);
  });

  it('pages answers, filters them and lists answerers; answers update with 204', async () => {
    const first = await harness.call(`/questions/${S.questions.daily}/answers.json`);
    expect(Number(first.headers.get('x-total-count'))).toBe(S.counts.dailyAnswers);
    expect(first.headers.get('link')).toMatch(/page=2/);
    const byOwner = await json<Json[]>(await harness.call(`/questions/${S.questions.daily}/answers/by/${SEED.people.owner}.json`));
    expect(byOwner.every((a) => a.creator.id === SEED.people.owner)).toBe(true);
    const filtered = await json<Json[]>(await harness.call(`/questions/${S.questions.daily}/answers.json?creator_id=${SEED.people.owner}`));
    expect(filtered.map((a) => a.id)).toEqual(byOwner.map((a) => a.id));
    const answerers = await json<Json[]>(await harness.call(`/questions/${S.questions.daily}/answers/by.json`));
    expect(answerers.map((p) => p.id)).toContain(SEED.people.owner);

    const created = await write('POST', `/questions/${S.questions.daily}/answers.json`, { question_answer: { content: '<div>Packed the sample room.</div>' } });
    expect(created.status).toBe(201);
    const answer = await json<Json>(created);
    expect(answer).toMatchObject({ type: 'Question::Answer', group_on: '2026-02-09', parent: { id: S.questions.daily } });
    expect((await write('PUT', `/question_answers/${answer.id}.json`, { content: '<div>Packed it all.</div>' })).status).toBe(204);
    expect(await json<Json>(await harness.call(`/question_answers/${answer.id}.json`))).toMatchObject({ content: '<div>Packed it all.</div>' });
    expect((await write('PUT', `/question_answers/${answer.id}.json`, { content: '' })).status).toBe(422);
  });

  it('lists reminders for questions the caller answers and drops them when they stop responding', async () => {
    const reminders = await json<Json[]>(await harness.call('/my/question_reminders.json', { as: 'member' }));
    const daily = reminders.find((r) => r.question.id === S.questions.daily);
    expect(daily).toMatchObject({ remind_at: '2026-02-09T17:00:00.000Z', group_on: '2026-02-09' });
    expect(reminders.some((r) => r.question.id === S.questions.paused)).toBe(false);
    const settings = await write('PUT', `/questions/${S.questions.daily}/notification_settings.json`, { responding: false, subscribed: true }, 'member');
    expect(await json<Json>(settings)).toEqual({ responding: false, subscribed: true });
    const after = await json<Json[]>(await harness.call('/my/question_reminders.json', { as: 'member' }));
    expect(after.some((r) => r.question.id === S.questions.daily)).toBe(false);
  });
});
