import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
let now = Date.parse('2026-03-02T10:00:00.000Z');
beforeEach(async () => {
  now = Date.parse('2026-03-02T10:00:00.000Z');
  harness = await startSandbox({ now: () => now });
});
afterEach(() => harness.close());

type Json = Record<string, any>;
const A = SEED.automation;
const write = (method: string, path: string, body?: unknown, as = 'owner') => harness.call(path, { method, as, body: body ?? {} });
const read = async (path: string, as = 'owner') => {
  const response = await harness.call(path, { as });
  expect(response.status, path).toBe(200);
  return json<any>(response);
};

describe('events', () => {
  it('pages a long history newest first and records what a write changes', async () => {
    const first = await harness.call(`/recordings/${A.busyTodo}/events.json`);
    expect(first.headers.get('x-total-count')).toBe(String(A.busyTodoEvents));
    expect(first.headers.get('link')).toMatch(/page=2/);
    const page = await json<Json[]>(first);
    expect(page).toHaveLength(15);
    expect(page.map((e) => e.created_at)).toEqual([...page.map((e) => e.created_at)].sort().reverse());

    const todo = SEED.todos.inGroup;
    now += 60_000;
    expect((await write('POST', `/todos/${todo}/completion.json`)).status).toBe(204);
    now += 60_000;
    expect((await write('PUT', `/recordings/${todo}/status/trashed.json`)).status).toBe(204);
    expect((await write('PUT', `/recordings/${todo}/status/active.json`)).status).toBe(204);
    const events = await read(`/recordings/${todo}/events.json`);
    expect(events.slice(0, 3).map((e: Json) => e.action)).toEqual(['untrashed', 'trashed', 'completed']);
    expect(events.at(-1)).toMatchObject({ action: 'created', recording_id: todo });
    expect(events[0]).toMatchObject({ creator: { id: SEED.people.owner }, details: { notified_recipient_ids: [] } });
  });

  it('starts a new recording\'s history with its creation, and 404s for trashed ones', async () => {
    const created = await json<Json>(await write('POST', `/todolists/${SEED.todolists.copy}/todos.json`, { content: 'Order stamps' }));
    expect((await read(`/recordings/${created.id}/events.json`)).map((e: Json) => e.action)).toEqual(['created']);
    expect((await harness.call(`/recordings/${SEED.todos.trashed}/events.json`)).status).toBe(404);
  });
});

describe('subscriptions', () => {
  it('subscribes, unsubscribes and updates subscribers, changing the ETag', async () => {
    const path = `/recordings/${A.busyTodo}/subscription.json`;
    const before = await harness.call(path, { as: 'member' });
    const initial = await json<Json>(before);
    expect(initial).toMatchObject({ subscribed: false, count: A.subscribers.length });

    const subscribed = await json<Json>(await write('POST', path, undefined, 'member'));
    expect(subscribed).toMatchObject({ subscribed: true, count: A.subscribers.length + 1 });
    const conditional = await harness.call(path, { as: 'member', headers: { 'If-None-Match': before.headers.get('etag')! } });
    expect(conditional.status).toBe(200);

    expect((await write('DELETE', path, undefined, 'member')).status).toBe(204);
    expect((await write('DELETE', path, undefined, 'member')).status).toBe(204);
    const updated = await json<Json>(await write('PUT', path, { subscriptions: [Number(SEED.people.owner)], unsubscriptions: [A.subscribers[0]] }));
    expect(updated.subscribers.map((p: Json) => p.id)).toEqual([...A.subscribers.slice(1), SEED.people.owner]);
    expect(updated.subscribed).toBe(true);
    expect((await read(`/recordings/${A.busyTodo}/events.json`))[0]).toMatchObject({
      action: 'subscribers_changed',
      details: { added_person_ids: [SEED.people.owner], removed_person_ids: [A.subscribers[0]] },
    });
  });

  it('refuses an update with nothing to change or an unknown person', async () => {
    const path = `/recordings/${A.busyTodo}/subscription.json`;
    const empty = await write('PUT', path, {});
    expect(empty.status).toBe(422);
    expect(await json(empty)).toEqual({ error: 'Subscriptions or unsubscriptions must be given' });
    expect((await write('PUT', path, { subscriptions: [1] })).status).toBe(422);
  });
});

describe('webhooks', () => {
  it('creates, reads, updates and deletes a webhook; clients get 403', async () => {
    const list = `/buckets/${SEED.projects.bakery}/webhooks.json`;
    const created = await write('POST', list, { payload_url: 'https://example.test/hook', types: ['Todo'] });
    expect(created.status).toBe(201);
    const webhook = await json<Json>(created);
    expect(webhook).toMatchObject({ active: true, types: ['Todo'], payload_url: 'https://example.test/hook', recent_deliveries: [] });
    expect((await read(list)).map((w: Json) => w.id)).toContain(webhook.id);

    const updated = await json<Json>(await write('PUT', `/webhooks/${webhook.id}.json`, { payload_url: 'https://example.test/v2', active: false }));
    expect(updated).toMatchObject({ payload_url: 'https://example.test/v2', active: false, types: ['Todo'] });
    expect((await read(`/buckets/${SEED.projects.bakery}/webhooks/${webhook.id}.json`)).payload_url).toBe('https://example.test/v2');
    expect((await harness.call(`/buckets/${SEED.projects.catalog}/webhooks/${webhook.id}.json`)).status).toBe(404);

    expect((await harness.call(list, { as: 'client' })).status).toBe(403);
    expect((await write('DELETE', `/webhooks/${webhook.id}.json`, undefined, 'client')).status).toBe(403);
    expect((await write('DELETE', `/webhooks/${webhook.id}.json`)).status).toBe(204);
    expect((await harness.call(`/webhooks/${webhook.id}.json`)).status).toBe(404);
  });

  it('answers 400 for a payload URL that is not HTTPS or an unknown type', async () => {
    const list = `/buckets/${SEED.projects.bakery}/webhooks.json`;
    const plain = await write('POST', list, { payload_url: 'http://example.test/hook' });
    expect(plain.status).toBe(400);
    expect(await json(plain)).toEqual({ error: 'Payload url is not a valid HTTPS URL' });
    expect((await write('POST', list, { payload_url: 'https://example.test/hook', types: ['Chat::Line'] })).status).toBe(400);
    expect((await write('POST', list, {})).status).toBe(400);
  });

  it('POSTs the documented payload to a loopback receiver when a matching recording changes', async () => {
    const received: { headers: IncomingHttpHeaders; body: Json }[] = [];
    const receiver = createServer((req, res) => {
      let text = '';
      req.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body: JSON.parse(text) as Json });
        res.writeHead(202, { 'Content-Type': 'text/plain' }).end('got it');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = receiver.address() as AddressInfo;
      const hook = await json<Json>(
        await write('POST', `/buckets/${SEED.projects.catalog}/webhooks.json`, { payload_url: `http://127.0.0.1:${port}/hooks`, types: ['Todo'] }),
      );
      // A list is not a to-do: this write must not be delivered.
      await write('POST', `/todosets/${SEED.todosets.catalog}/todolists.json`, { name: 'Not for the hook' });
      const todo = await json<Json>(await write('POST', `/todolists/${SEED.todolists.copy}/todos.json`, { content: 'Call the printer' }));
      await expect.poll(() => received.length).toBe(1);
      const { headers, body } = received[0]!;
      expect(headers['content-type']).toBe('application/json');
      expect(body).toMatchObject({
        kind: 'todo_created',
        details: { notified_recipient_ids: [] },
        recording: { id: Number(todo.id), type: 'Todo', title: 'Call the printer', content: 'Call the printer', bucket: { id: Number(SEED.projects.catalog) } },
        creator: { id: Number(SEED.people.owner) },
      });
      await expect.poll(async () => (await read(`/webhooks/${hook.id}.json`)).recent_deliveries[0]?.response?.code).toBe(202);
      const delivered = await read(`/webhooks/${hook.id}.json`);
      expect(delivered.recent_deliveries).toHaveLength(1);
      expect(delivered.recent_deliveries[0]).toMatchObject({ request: { body: { kind: 'todo_created' } }, response: { body: 'got it' } });

      await write('PUT', `/webhooks/${hook.id}.json`, { payload_url: `http://127.0.0.1:${port}/hooks`, active: false });
      await write('POST', `/todos/${todo.id}/completion.json`);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(received).toHaveLength(1);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('templates', () => {
  it('lists templates newest first across two pages and filters by status', async () => {
    const first = await harness.call('/templates.json');
    expect(first.headers.get('x-total-count')).toBe(String(A.activeTemplates));
    expect(first.headers.get('link')).toMatch(/page=2/);
    expect((await read('/templates.json?status=archived')).map((t: Json) => t.id)).toEqual([A.templates.archived]);
    expect((await harness.call(`/templates/${A.templates.trashed}.json`)).status).toBe(404);
    expect(await read('/templates.json', 'client')).toEqual([]);
  });

  it('creates, renames, builds a project from and trashes a template', async () => {
    const created = await write('POST', '/templates.json', { name: 'Spring launch', description: 'Every launch, same steps.' });
    expect(created.status).toBe(201);
    const template = await json<Json>(created);
    expect(template.dock.filter((t: Json) => t.enabled)).toHaveLength(5);
    const renamed = await json<Json>(await write('PUT', `/templates/${template.id}.json`, { name: 'Spring launch kit' }));
    expect(renamed).toMatchObject({ name: 'Spring launch kit', description: 'Every launch, same steps.' });
    expect((await write('PUT', `/templates/${template.id}.json`, { name: ' ' })).status).toBe(422);

    const started = await write('POST', `/templates/${template.id}/project_constructions.json`, { project: { name: 'Launch 2026' } });
    expect(started.status).toBe(201);
    const construction = await json<Json>(started);
    expect(construction).toMatchObject({ status: 'pending' });
    const done = await read(`/templates/${template.id}/project_constructions/${construction.id}.json`);
    expect(done).toMatchObject({ status: 'completed', project: { name: 'Launch 2026' } });
    expect((await read(`/projects/${done.project.id}.json`)).name).toBe('Launch 2026');
    expect((await write('POST', `/templates/${template.id}/project_constructions.json`, { project: {} })).status).toBe(422);

    expect((await write('DELETE', `/templates/${template.id}.json`)).status).toBe(204);
    expect((await harness.call(`/templates/${template.id}.json`)).status).toBe(404);
    expect((await read('/templates.json?status=trashed')).map((t: Json) => t.id)).toContain(template.id);
    expect((await write('POST', '/templates.json', { name: '' })).status).toBe(422);
  });
});

describe('dock tools', () => {
  it('clones, renames, moves, disables, enables and trashes a tool, and the project dock follows', async () => {
    const project = SEED.projects.catalog;
    const dock = async () => (await read(`/projects/${project}.json`)).dock as Json[];
    const created = await write('POST', `/buckets/${project}/dock/tools.json`, { source_recording_id: A.tools.catalogChat, title: 'Printer chat' });
    expect(created.status).toBe(201);
    const tool = await json<Json>(created);
    expect(tool).toMatchObject({ type: 'Chat::Transcript', title: 'Printer chat', position: 9 });
    expect((await dock()).find((entry) => entry.id === tool.id)).toMatchObject({ name: 'chat', enabled: true, position: 9 });

    expect((await json<Json>(await write('PUT', `/dock/tools/${tool.id}.json`, { title: 'Press chat' }))).title).toBe('Press chat');
    expect((await write('PUT', `/recordings/${tool.id}/position.json`, { position: 1 })).status).toBe(200);
    expect((await dock()).find((entry) => entry.position === 1)?.id).toBe(tool.id);
    expect((await write('DELETE', `/buckets/${project}/recordings/${tool.id}/position.json`)).status).toBe(204);
    expect((await read(`/dock/tools/${tool.id}.json`)).position).toBeUndefined();
    expect((await write('PUT', `/recordings/${tool.id}/position.json`, { position: 1 })).status).toBe(422);
    expect((await write('POST', `/recordings/${tool.id}/position.json`)).status).toBe(201);
    expect((await read(`/dock/tools/${tool.id}.json`)).position).toBe(9);
    expect((await write('DELETE', `/dock/tools/${tool.id}.json`)).status).toBe(204);
    expect((await harness.call(`/dock/tools/${tool.id}.json`)).status).toBe(404);
    expect((await dock()).map((entry) => entry.id)).not.toContain(tool.id);
  });

  it('refuses a blank title, an unknown kind and a client', async () => {
    const project = SEED.projects.catalog;
    expect((await write('PUT', `/dock/tools/${A.tools.catalogChat}.json`, { title: '' })).status).toBe(422);
    expect((await write('POST', `/buckets/${project}/dock/tools.json`, { tool_type: 'Spreadsheet' })).status).toBe(422);
    expect((await write('POST', `/buckets/${project}/dock/tools.json`, {})).status).toBe(422);
    const byType = await json<Json>(await write('POST', `/buckets/${project}/dock/tools.json`, { tool_type: 'Vault' }));
    expect(byType).toMatchObject({ type: 'Vault', title: 'Docs & Files' });
    expect((await write('PUT', `/dock/tools/${A.tools.catalogChat}.json`, { title: 'x' }, 'client')).status).toBe(404);
  });
});

describe('search and recordings', () => {
  it('finds what the caller may see, with highlighted excerpts, across pages', async () => {
    expect((await harness.call('/search.json')).status).toBe(400);
    const response = await harness.call(`/search.json?q=photo&bucket_id=${SEED.projects.catalog}`);
    expect(Number(response.headers.get('x-total-count'))).toBeGreaterThan(15);
    expect(response.headers.get('link')).toMatch(/page=2/);
    const hits = await json<Json[]>(response);
    expect(hits.every((hit) => hit.bucket.id === SEED.projects.catalog)).toBe(true);
    expect(hits[0]!.plain_text_content).toMatch(/<em>photo<\/em>/i);
    const todosOnly = await read('/search.json?q=photo&type_names[]=Todolist');
    expect(todosOnly.every((hit: Json) => hit.type === 'Todolist')).toBe(true);
    const clientView = await read('/search.json?q=a', 'client');
    expect(clientView.every((hit: Json) => hit.bucket.id === SEED.projects.bakery && hit.visible_to_clients)).toBe(true);
  });

  it('lists one type of recording across several projects in one call', async () => {
    const both = await read(`/projects/recordings.json?type=Todolist&bucket=${SEED.projects.catalog},${SEED.projects.bakery}&sort=updated_at&direction=asc`);
    expect(new Set(both.map((r: Json) => r.bucket.id))).toEqual(new Set([SEED.projects.catalog, SEED.projects.bakery]));
    const stamps = both.map((r: Json) => r.updated_at);
    expect(stamps).toEqual([...stamps].sort());
  });
});
