import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startSandbox();
});
afterAll(() => harness.close());

const R = SEED.reports;

describe('sandbox: timesheets', () => {
  it('pages a project timesheet in gears of 15 with the total in X-Total-Count', async () => {
    const first = await harness.call(`/projects/${R.timesheetProject}/timesheet.json`);
    expect(first.headers.get('x-total-count')).toBe(String(R.timesheetEntryCount));
    expect(await json<unknown[]>(first)).toHaveLength(15);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBeDefined();
    expect(await json<unknown[]>(await harness.call(next ?? ''))).toHaveLength(R.timesheetEntryCount - 15);
  });

  it('logs time, normalising "1:30" to "1.5", and the new entry moves the list\'s ETag', async () => {
    const before = await harness.call(`/recordings/${R.todoWithEntries}/timesheet.json`);
    const etag = before.headers.get('etag') ?? '';
    const created = await harness.call(`/recordings/${R.todoWithEntries}/timesheet/entries.json`, { method: 'POST', body: { date: '2026-04-01', hours: '1:30', description: 'Proof fixes' } });
    expect(created.status).toBe(201);
    const entry = await json<{ id: string; hours: string; parent: { id: string }; person: { id: string } }>(created);
    expect(entry).toMatchObject({ hours: '1.5', parent: { id: R.todoWithEntries }, person: { id: SEED.people.owner } });
    const after = await harness.call(`/recordings/${R.todoWithEntries}/timesheet.json`, { headers: { 'If-None-Match': etag } });
    expect(after.status).toBe(200);
    expect((await json<{ id: string }[]>(after)).map((e) => e.id)).toContain(entry.id);

    const updated = await harness.call(`/timesheet_entries/${entry.id}.json`, { method: 'PUT', body: { description: 'Proof fixes, round two' } });
    expect(await json(updated)).toMatchObject({ hours: '1.5', description: 'Proof fixes, round two' });
    expect((await harness.call(`/timesheet_entries/${entry.id}.json`, { method: 'DELETE' })).status).toBe(204);
    expect((await harness.call(`/timesheet_entries/${entry.id}.json`)).status).toBe(404);
  });

  it('refuses bad hours, a missing date and people off the project with 422s', async () => {
    const post = (body: unknown) => harness.call(`/recordings/${R.timesheet}/timesheet/entries.json`, { method: 'POST', body });
    const cases: [unknown, string][] = [
      [{ date: '2026-04-01', hours: 'soon' }, 'Hours is not a number'],
      [{ date: '2026-04-01', hours: '0' }, 'Hours must be greater than 0'],
      [{ hours: '1' }, "Date can't be blank"],
      [{ date: '2026-04-01', hours: '1', person_id: SEED.people.warehouse }, 'Person must be someone on the project who is not a client'],
    ];
    for (const [body, message] of cases) {
      const response = await post(body);
      expect(response.status).toBe(422);
      expect(await json(response)).toEqual({ error: message });
    }
  });

  it('hides timesheets of projects without time tracking and from clients', async () => {
    expect((await harness.call(`/projects/${SEED.projects.warehouse}/timesheet.json`)).status).toBe(404);
    expect((await harness.call(`/timesheet_entries/${R.entry}.json`, { as: 'client' })).status).toBe(404);
  });

  it('filters the account report by window and person', async () => {
    const all = await json<{ person: { id: string } }[]>(await harness.call('/reports/timesheet.json?start_date=2025-01-01&end_date=2026-12-31'));
    const mine = await json<{ person: { id: string } }[]>(await harness.call(`/reports/timesheet.json?from=2025-01-01&to=2026-12-31&person_id=${SEED.people.photographer}`));
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.length).toBeLessThan(all.length);
    expect(mine.every((entry) => entry.person.id === SEED.people.photographer)).toBe(true);
    expect((await harness.call('/reports/timesheet.json?start_date=2025-01-01')).status).toBe(400);
  });
});

describe('sandbox: gauges and hill charts', () => {
  it('records a needle, mirrors it on the project, and falls back when it is destroyed', async () => {
    const created = await harness.call(`/projects/${SEED.projects.bakery}/gauge/needles.json`, { method: 'POST', body: { gauge_needle: { position: 90, color: 'yellow' } } });
    expect(created.status).toBe(201);
    const needle = await json<{ id: string; position: number; color: string }>(created);
    const project = await json<{ last_needle_position: number; previous_needle_position: number }>(await harness.call(`/projects/${SEED.projects.bakery}.json`));
    expect(project).toMatchObject({ last_needle_position: 90, previous_needle_position: 70 });
    const edit = await harness.call(`/gauge_needles/${needle.id}.json`, { method: 'PUT', body: { gauge_needle: { position: 10 } } });
    expect(edit.status).toBe(422);
    expect((await harness.call(`/gauge_needles/${needle.id}.json`, { method: 'DELETE' })).status).toBe(204);
    const [gauge] = await json<{ last_needle_position: number }[]>(await harness.call(`/reports/gauges.json?bucket_ids=${SEED.projects.bakery}`));
    expect(gauge?.last_needle_position).toBe(70);
  });

  it('refuses needles off the scale or in unknown colours', async () => {
    for (const gauge_needle of [{ position: 101 }, { position: 5, color: 'blue' }, {}]) {
      const response = await harness.call(`/projects/${SEED.projects.catalog}/gauge/needles.json`, { method: 'POST', body: { gauge_needle } });
      expect(response.status).toBe(422);
    }
  });

  it('lets only project managers toggle a gauge, and a disabled gauge leaves the report', async () => {
    expect((await harness.call(`/projects/${SEED.projects.catalog}/gauge.json`, { method: 'PUT', as: 'member', body: { gauge: { enabled: false } } })).status).toBe(403);
    expect((await harness.call(`/projects/${SEED.projects.boardPrep}/gauge.json`, { method: 'PUT', body: { gauge: { enabled: false } } })).status).toBe(200);
    const ids = (await json<{ bucket: { id: string } }[]>(await harness.call('/reports/gauges.json'))).map((g) => g.bucket.id);
    expect(ids).not.toContain(SEED.projects.boardPrep);
    await harness.call(`/projects/${SEED.projects.boardPrep}/gauge.json`, { method: 'PUT', body: { gauge: { enabled: true } } });
  });

  it('tracks lists of its own to-do set only', async () => {
    const bad = await harness.call(`/todosets/${R.hillTodoset}/hills/settings.json`, { method: 'PUT', body: { tracked: [SEED.todolists.benchmark] } });
    expect(bad.status).toBe(422);
    const ok = await harness.call(`/todosets/${R.hillTodoset}/hills/settings.json`, { method: 'PUT', body: { untracked: R.hillLists } });
    expect(await json(ok)).toMatchObject({ enabled: false, dots: [] });
    await harness.call(`/todosets/${R.hillTodoset}/hills/settings.json`, { method: 'PUT', body: { tracked: R.hillLists } });
  });
});

describe('sandbox: timeline, reports and everything views', () => {
  it('derives todo_created and todo_completed events, newest first, for the caller\'s projects only', async () => {
    const events = await json<{ kind: string; created_at: string; bucket: { id: string } }[]>(await harness.call('/reports/progress.json', { as: 'client' }));
    expect(events.every((event) => event.bucket.id === SEED.projects.bakery)).toBe(true);
    expect(events.map((e) => e.kind)).toContain('todo_completed');
    const times = events.map((e) => e.created_at);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('answers a person\'s progress as { person, events } with pagination headers', async () => {
    const response = await harness.call(`/reports/users/progress/${SEED.people.production}.json`);
    const body = await json<{ person: { id: string }; events: { creator: { id: string } }[] }>(response);
    expect(body.person.id).toBe(SEED.people.production);
    expect(body.events.every((e) => e.creator.id === SEED.people.production)).toBe(true);
    expect(Number(response.headers.get('x-total-count'))).toBeGreaterThan(body.events.length);
  });

  it('groups open to-dos by project and filters by assignee and due date', async () => {
    const groups = await json<{ bucket: { id: string }; todos: { assignees: { id: string }[]; due_on: string | null; completed: boolean }[] }[]>(
      await harness.call(`/todos/open.json?assignee_ids[]=${SEED.people.photographer}&due=with`),
    );
    expect(groups.length).toBeGreaterThan(0);
    for (const todo of groups.flatMap((g) => g.todos)) {
      expect(todo.completed).toBe(false);
      expect(todo.due_on).not.toBeNull();
      expect(todo.assignees.map((p) => p.id)).toContain(SEED.people.photographer);
    }
  });

  it('creates a to-do in a to-do set only through the project-scoped path, and repositions lists', async () => {
    const flat = await harness.call(`/todosets/${SEED.todosets.hq}/todos.json`, { method: 'POST', body: { content: 'x' } });
    expect(flat.status).toBe(404);
    const blank = await harness.call(`/buckets/${SEED.projects.hq}/todosets/${SEED.todosets.hq}/todos.json`, { method: 'POST', body: { content: ' ' } });
    expect(blank.status).toBe(422);
    const made = await harness.call(`/buckets/${SEED.projects.hq}/todosets/${SEED.todosets.hq}/todos.json`, { method: 'POST', body: { content: 'Water the office plants' } });
    expect(await json(made)).toMatchObject({ content: 'Water the office plants', parent: { id: SEED.todosets.hq, type: 'Todoset' } });
    const moved = await harness.call(`/todosets/todolists/${SEED.todolists.copy}/position.json`, { method: 'PUT', body: { position: 2 } });
    expect(moved.status).toBe(204);
    const lists = await json<{ id: string }[]>(await harness.call(`/todosets/${SEED.todosets.catalog}/todolists.json`));
    expect(lists[1]?.id).toBe(SEED.todolists.copy);
    expect((await harness.call(`/todosets/todolists/${SEED.groups.first}/position.json`, { method: 'PUT', body: { position: 1 } })).status).toBe(404);
  });

  it('404s the assignments of someone outside the caller\'s projects', async () => {
    expect((await harness.call(`/reports/todos/assigned/${SEED.people.bookkeeper}.json`, { as: 'client' })).status).toBe(404);
  });
});

describe('sandbox: project-scoped forms from the docs', () => {
  it('answers a gauge needle under its own project exactly as the flat route, and 404 under another', async () => {
    const flat = await json(await harness.call(`/gauge_needles/${R.latestNeedle}.json`));
    expect(await json(await harness.call(`/projects/${SEED.projects.catalog}/gauge/needles/${R.latestNeedle}.json`))).toEqual(flat);
    expect((await harness.call(`/projects/${SEED.projects.hq}/gauge/needles/${R.latestNeedle}.json`)).status).toBe(404);
  });
});
