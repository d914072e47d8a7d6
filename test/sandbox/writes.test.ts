import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
let now = Date.parse('2026-03-02T10:00:00.000Z');
beforeEach(async () => {
  harness = await startSandbox({ now: () => now });
});
afterEach(() => harness.close());

type Json = Record<string, unknown>;
const write = (method: string, path: string, body?: unknown, as = 'owner') =>
  harness.call(path, { method, as, body: body ?? {} });

describe('to-do lifecycle', () => {
  it('creates, reads, completes and uncompletes a to-do', async () => {
    const listPath = `/todolists/${SEED.todolists.copy}/todos.json`;
    const before = Number((await harness.call(listPath)).headers.get('x-total-count'));
    const createdResponse = await write('POST', listPath, {
      content: 'Check the index page numbers',
      description: '<div>Both indexes.</div>',
      assignee_ids: [Number(SEED.people.copywriter)],
      completion_subscriber_ids: [SEED.people.production],
      notify: true,
      starts_on: '2026-03-03',
      due_on: '2026-03-06',
    });
    expect(createdResponse.status).toBe(201);
    const created = await json<Json>(createdResponse);
    expect(created).toMatchObject({
      type: 'Todo',
      title: 'Check the index page numbers',
      content: 'Check the index page numbers',
      description: '<div>Both indexes.</div>',
      completed: false,
      starts_on: '2026-03-03',
      due_on: '2026-03-06',
      created_at: new Date(now).toISOString(),
      parent: { id: SEED.todolists.copy, type: 'Todolist' },
      bucket: { id: SEED.projects.catalog, type: 'Project' },
      creator: { id: SEED.people.owner },
      assignees: [{ id: SEED.people.copywriter }],
      completion_subscribers: [{ id: SEED.people.production }],
    });
    expect(created.completion).toBeUndefined();
    const id = created.id as string;
    expect(created.url).toBe(`${harness.api}/buckets/${SEED.projects.catalog}/todos/${id}.json`);
    expect(created.completion_url).toBe(`${harness.api}/todos/${id}/completion.json`);

    const read = await json<Json>(await harness.call(`/todos/${id}.json`));
    expect(read).toEqual(created);
    expect(Number((await harness.call(listPath)).headers.get('x-total-count'))).toBe(before + 1);

    now += 3_600_000;
    expect((await write('POST', `/todos/${id}/completion.json`, undefined, 'member')).status).toBe(204);
    const completed = await json<Json>(await harness.call(`/todos/${id}.json`));
    expect(completed).toMatchObject({
      completed: true,
      updated_at: new Date(now).toISOString(),
      completion: { created_at: new Date(now).toISOString(), creator: { id: SEED.people.member } },
    });
    expect(Number((await harness.call(listPath)).headers.get('x-total-count'))).toBe(before);
    const done = await json<Json[]>(await harness.call(`${listPath}?completed=true`));
    expect(done.map((todo) => todo.id)).toContain(id);

    expect((await write('DELETE', `/todos/${id}/completion.json`)).status).toBe(204);
    expect(await json<Json>(await harness.call(`/todos/${id}.json`))).toMatchObject({ completed: false });
  });

  it('replaces every writable field on PUT, clearing the omitted ones', async () => {
    const id = SEED.todos.pending;
    const original = await json<Json>(await harness.call(`/todos/${id}.json`));
    expect((original.assignees as unknown[]).length).toBeGreaterThan(0);
    const response = await write('PUT', `/todos/${id}.json`, { content: 'Only the content survives' });
    expect(response.status).toBe(200);
    expect(await json<Json>(response)).toMatchObject({
      content: 'Only the content survives',
      description: '',
      assignees: [],
      completion_subscribers: [],
      due_on: null,
      starts_on: null,
    });
  });

  it('rejects invalid to-do fields with 422', async () => {
    const path = `/todolists/${SEED.todolists.copy}/todos.json`;
    const cases: unknown[] = [
      {},
      { content: 'x', due_on: '2026-02-30' },
      { content: 'x', starts_on: '2026-03-09', due_on: '2026-03-01' },
      { content: 'x', assignee_ids: ['12'] },
      { content: 'x', assignee_ids: 'everyone' },
    ];
    for (const body of cases) {
      const response = await write('POST', path, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(typeof (await json(response)).error).toBe('string');
    }
  });

  it('repositions a to-do within its list and moves it to another list', async () => {
    const list = `/todolists/${SEED.todolists.copy}/todos.json`;
    const ids = (await json<Json[]>(await harness.call(list))).map((todo) => todo.id as string);
    const last = ids.at(-1) ?? '';
    expect((await write('PUT', `/todos/${last}/position.json`, { position: 1 })).status).toBe(204);
    const reordered = await json<Json[]>(await harness.call(list));
    expect(reordered.map((todo) => todo.id)).toEqual([last, ...ids.slice(0, -1)]);
    expect(reordered.map((todo) => todo.position)).toEqual(ids.map((_, i) => i + 1));

    const moved = await write('PUT', `/todos/${last}/position.json`, { position: 2, parent_id: SEED.groups.first });
    expect(moved.status).toBe(204);
    const group = await json<Json[]>(await harness.call(`/todolists/${SEED.groups.first}/todos.json`));
    expect(group[1]).toMatchObject({ id: last, position: 2, parent: { id: SEED.groups.first } });
    // The move is an `adopted` event naming both parents as bare ids, as the docs show them.
    const events = await (await harness.call(`/recordings/${last}/events.json`)).text();
    expect(events).toMatch(new RegExp(`"new_parent_id":${SEED.groups.first},"parent_id_was":${SEED.todolists.copy}[,}]`));
    expect((await write('PUT', `/todos/${last}/position.json`, { position: 0 })).status).toBe(422);
  });

  it('lists archived and trashed to-dos only when asked, and 404s a trashed one by id', async () => {
    const list = `/todolists/${SEED.todolists.copy}/todos.json`;
    const ids = async (query: string) => (await json<Json[]>(await harness.call(list + query))).map((t) => t.id);
    expect(await ids('')).not.toContain(SEED.todos.archived);
    expect(await ids('?status=archived')).toEqual([SEED.todos.archived]);
    expect(await ids('?status=trashed')).toEqual([SEED.todos.trashed]);
    expect((await harness.call(`/todos/${SEED.todos.trashed}.json`)).status).toBe(404);
    expect((await harness.call(`/todos/${SEED.todos.archived}.json`)).status).toBe(200);
  });
});

describe('recording status changes', () => {
  it('trashes, restores and archives to-dos and lists', async () => {
    const todo = SEED.todos.pending;
    expect((await write('PUT', `/recordings/${todo}/status/trashed.json`)).status).toBe(204);
    expect((await harness.call(`/todos/${todo}.json`)).status).toBe(404);
    expect((await write('PUT', `/recordings/${todo}/status/active.json`)).status).toBe(204);
    expect(await json<Json>(await harness.call(`/todos/${todo}.json`))).toMatchObject({ status: 'active' });

    const list = SEED.todolists.copy;
    expect((await write('PUT', `/recordings/${list}/status/archived.json`)).status).toBe(204);
    expect(await json<Json>(await harness.call(`/todolists/${list}.json`))).toMatchObject({ status: 'archived' });
    const archived = await json<Json[]>(await harness.call(`/todosets/${SEED.todosets.catalog}/todolists.json?status=archived`));
    expect(archived.map((l) => l.id)).toContain(list);

    expect((await write('PUT', `/recordings/${SEED.todolists.large}/status/trashed.json`)).status).toBe(204);
    // to-dos inherit their list's status
    expect((await harness.call(`/todos/${SEED.todos.completed}.json`)).status).toBe(404);
  });

  it('404s dock tools and things the caller cannot see', async () => {
    expect((await write('PUT', `/recordings/${SEED.todosets.catalog}/status/trashed.json`)).status).toBe(404);
    expect((await write('PUT', `/recordings/${SEED.todos.pending}/status/trashed.json`, undefined, 'client')).status).toBe(404);
  });
});

describe('to-do lists and groups', () => {
  it('creates a list at the top of the set and updates it, clearing an omitted description', async () => {
    const created = await write('POST', `/todosets/${SEED.todosets.hq}/todolists.json`, {
      name: 'Spring cleaning',
      description: '<div>Before the catalog party.</div>',
    });
    expect(created.status).toBe(201);
    const list = await json<Json>(created);
    expect(list).toMatchObject({ name: 'Spring cleaning', title: 'Spring cleaning', position: 1, completed_ratio: '0/0' });
    expect(list.groups_url).toBe(`${harness.api}/buckets/${SEED.projects.hq}/todolists/${list.id as string}/groups.json`);
    const updated = await json<Json>(await write('PUT', `/todolists/${list.id as string}.json`, { name: 'Deep clean' }));
    expect(updated).toMatchObject({ name: 'Deep clean', description: '' });
    expect((await write('PUT', `/todolists/${list.id as string}.json`, { description: 'x' })).status).toBe(422);
  });

  it('creates groups with a colour and repositions them', async () => {
    const path = `/todolists/${SEED.todolists.withGroups}/groups.json`;
    const created = await write('POST', path, { name: 'Day 3: reshoots', color: 'blue' });
    expect(created.status).toBe(201);
    const group = await json<Json>(created);
    expect(group).toMatchObject({ type: 'Todolist', color: 'blue', position: 3, parent: { id: SEED.todolists.withGroups } });
    expect(group.group_position_url).toBe(
      `${harness.api}/buckets/${SEED.projects.catalog}/todolists/groups/${group.id as string}/position.json`,
    );
    expect(group.groups_url).toBeUndefined();
    expect((await write('PUT', `/todolists/groups/${group.id as string}/position.json`, { position: 1 })).status).toBe(204);
    const groups = await json<Json[]>(await harness.call(path));
    expect(groups.map((g) => g.id)).toEqual([group.id, SEED.groups.first, SEED.groups.second]);
    expect((await write('POST', path, { name: 'Bad', color: 'chartreuse' })).status).toBe(422);
    expect((await write('POST', `/todolists/${SEED.groups.first}/groups.json`, { name: 'Nested' })).status).toBe(422);
  });
});

describe('projects', () => {
  it('creates a project with its dock, updates it and trashes it', async () => {
    const created = await write('POST', '/projects.json', { name: 'Summer Catalog', description: 'The sequel.' });
    expect(created.status).toBe(201);
    const project = await json<Json & { dock: Json[] }>(created);
    expect(project).toMatchObject({ name: 'Summer Catalog', description: 'The sequel.', status: 'active' });
    expect(project.dock.map((tool) => tool.name)).toEqual([
      'message_board', 'todoset', 'vault', 'chat', 'schedule', 'questionnaire', 'inbox', 'kanban_board',
    ]);
    const todoset = project.dock.find((tool) => tool.name === 'todoset');
    expect((await harness.call(String(todoset?.url))).status).toBe(200);

    const id = project.id as string;
    const updated = await write('PUT', `/projects/${id}.json`, {
      name: 'Summer Catalog 2026',
      schedule_attributes: { start_date: '2026-05-01', end_date: '2026-07-31' },
    });
    expect(await json<Json>(updated)).toMatchObject({
      name: 'Summer Catalog 2026',
      description: 'The sequel.',
      start_date: '2026-05-01',
      end_date: '2026-07-31',
    });
    expect((await write('PUT', `/projects/${id}.json`, { description: 'no name' })).status).toBe(422);
    expect((await write('DELETE', `/projects/${id}.json`)).status).toBe(204);
    expect((await harness.call(`/projects/${id}.json`)).status).toBe(404);
    expect((await write('POST', '/projects.json', { name: '' })).status).toBe(422);
  });

  it('keeps the huge project id exact on the wire', async () => {
    const text = await (await harness.call(`/projects/${SEED.projects.warehouse}.json`)).text();
    expect(text).toContain(`"id":${SEED.projects.warehouse},`);
    const todo = await (await harness.call(`/todos/${SEED.todos.inHugeProject}.json`)).text();
    expect(todo).toContain(`"bucket":{"id":${SEED.projects.warehouse},`);
  });
});
