import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { newSecret, startLiveGateway, type LiveGateway } from '../helpers/live-stack.ts';

/**
 * The receiver's answers, over HTTP, with what each one did to the cache: a read of the changed
 * to-do list after each delivery says whether anything was invalidated (0 calls: nothing was).
 */
const PROJECT = SEED.projects.hq;
const LIST = `query($id: ID!) { todolist(id: $id) { name todos(first: 50) { nodes { title } } } }`;

let sandbox: Sandbox;
let sandboxUrl: string;
let closeSandbox: () => Promise<void>;
let gateway: LiveGateway;
let unconfigured: LiveGateway;
let todo: { id: string; listId: string };

const calls = () => sandbox.log.filter((entry) => !entry.path.includes('/webhooks')).length;

function payload(eventId: string, overrides: Record<string, unknown> = {}) {
  const root = `${sandboxUrl}/${sandbox.accountId}`;
  return {
    id: eventId,
    kind: 'todo_content_updated',
    created_at: '2026-12-02T10:00:00.000Z',
    recording: {
      id: todo.id,
      type: 'Todo',
      url: `${root}/buckets/${PROJECT}/todos/${todo.id}.json`,
      parent: { id: todo.listId, type: 'Todolist', url: `${root}/buckets/${PROJECT}/todolists/${todo.listId}.json` },
      bucket: { id: PROJECT, name: 'HQ', type: 'Project' },
    },
    creator: { id: SEED.people.member, name: 'Someone' },
    ...overrides,
  };
}

async function deliver(body: unknown, secret = gateway.secret, target = gateway): Promise<{ status: number; body: any }> {
  const response = await fetch(`${target.url}/webhooks/basecamp/${secret}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Calls a read of the list makes now; a warm, untouched list makes none. */
async function readCost(): Promise<number> {
  sandbox.clearLog();
  const result = await gateway.graphql(LIST, { id: todo.listId });
  expect(result.errors).toBeUndefined();
  return calls();
}

beforeAll(async () => {
  sandbox = createSandbox({ rateLimit: false });
  const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  sandboxUrl = listening.url;
  closeSandbox = listening.close;
  gateway = await startLiveGateway({ sandbox, sandboxUrl, secret: newSecret(), client: { freshForMs: 0, watchedFreshForMs: 300_000 } });
  unconfigured = await startLiveGateway({ sandbox, sandboxUrl, secret: newSecret(), webhooks: false });
  const watched = await gateway.graphql(`mutation($id: ID!) { watchProject(input: { projectId: $id }) { watching } }`, { id: PROJECT });
  expect(watched.errors).toBeUndefined();
  const board = await gateway.graphql(`query($id: ID!) { todoset(id: $id) { todolists(first: 10) { nodes { basecampId todos(first: 1) { nodes { basecampId } } } } } }`, { id: SEED.todosets.hq });
  const list = board.data.todoset.todolists.nodes.find((candidate: any) => candidate.todos.nodes.length > 0);
  todo = { id: list.todos.nodes[0].basecampId, listId: list.basecampId };
  await readCost();
});
afterAll(async () => {
  await gateway?.close();
  await unconfigured?.close();
  await closeSandbox?.();
});

describe('the webhook receiver', () => {
  it('acts on a delivery once: a redelivery of the same event is answered and ignored', async () => {
    expect(await readCost()).toBe(0);
    const first = await deliver(payload('7001'));
    expect(first).toMatchObject({ status: 202, body: { code: 'ACCEPTED', eventId: '7001', projectId: PROJECT } });
    expect(await readCost()).toBeGreaterThan(0);
    expect(await readCost()).toBe(0);

    const again = await deliver(payload('7001'));
    expect(again).toMatchObject({ status: 200, body: { code: 'DUPLICATE_EVENT', eventId: '7001' } });
    expect(await readCost()).toBe(0);
  });

  it('answers a wrong secret with 404 and touches nothing', async () => {
    const wrong = await deliver(payload('7002'), `${gateway.secret}x`);
    expect(wrong).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(wrong.body)).not.toContain(gateway.secret);
    expect(await readCost()).toBe(0);
    // The event was not spent: delivered to the right URL it is acted on.
    expect((await deliver(payload('7002'))).status).toBe(202);
  });

  it('answers malformed payloads with 400 and a code saying what is wrong', async () => {
    await readCost();
    const cases: [unknown, RegExp][] = [
      ['{not json', /not JSON/],
      [[], /body must be an object/],
      [payload('7003', { recording: undefined }), /recording must be an object/],
      [payload('7003', { id: 'abc' }), /id must be a Basecamp id/],
      [payload('7003', { kind: 'DROP TABLE' }), /kind/],
      [payload('7003', { recording: { ...payload('x').recording, url: 'https://evil.example/1/buckets/1/todos/2.json' } }), /not on the Basecamp upstream/],
      [payload('7003', { recording: { ...payload('x').recording, url: `${sandboxUrl}/not-an-account/todos/2.json` } }), /recording URL/],
    ];
    for (const [body, message] of cases) {
      const answer = await deliver(body);
      expect(answer.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(answer.body.code).toBe('BAD_WEBHOOK_PAYLOAD');
      expect(answer.body.message).toMatch(message);
    }
    expect(await readCost()).toBe(0);
    // None of them spent the event id either.
    expect((await deliver(payload('7003'))).status).toBe(202);
  });

  it('answers an event of a project nobody watches with a code, and invalidates nothing', async () => {
    await readCost();
    const answer = await deliver(payload('7004', { recording: { ...payload('x').recording, bucket: { id: SEED.projects.catalog } } }));
    expect(answer).toMatchObject({ status: 200, body: { code: 'PROJECT_NOT_WATCHED', projectId: SEED.projects.catalog } });
    const foreignAccount = await deliver(payload('7005', {
      recording: { ...payload('x').recording, url: `${sandboxUrl}/999/buckets/${PROJECT}/todos/${todo.id}.json`, parent: null },
    }));
    expect(foreignAccount).toMatchObject({ status: 200, body: { code: 'PROJECT_NOT_WATCHED', accountId: '999' } });
    expect(await readCost()).toBe(0);
  });

  it('refuses a chunked body past the payload cap as soon as the cap is passed, without reading the rest', async () => {
    // A body that never ends: answered at all only if the receiver stops reading at the cap.
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 64 * 1024;
        controller.enqueue(new Uint8Array(64 * 1024).fill(32));
      },
    });
    const response = await fetch(`${gateway.url}/webhooks/basecamp/${gateway.secret}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: endless,
      duplex: 'half',
      signal: AbortSignal.timeout(10_000), // a receiver that reads it all never answers
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await response.json()).code).toBe('PAYLOAD_TOO_LARGE');
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses other methods, and answers 404 when webhooks are not configured', async () => {
    const get = await fetch(`${gateway.url}/webhooks/basecamp/${gateway.secret}`);
    expect(get.status).toBe(405);
    expect((await get.json()).code).toBe('METHOD_NOT_ALLOWED');
    const off = await deliver(payload('7006'), unconfigured.secret, unconfigured);
    expect(off).toMatchObject({ status: 404, body: { code: 'NOT_FOUND' } });
  });

  it('answers within a second, and a burst of deliveries is each acted on once', async () => {
    const started = Date.now();
    const answers = await Promise.all(['7100', '7101', '7100', '7102', '7101'].map((id) => deliver(payload(id))));
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(answers.map((answer) => answer.body.code).sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'ACCEPTED', 'DUPLICATE_EVENT', 'DUPLICATE_EVENT']);
  });

  it('watchProject without the webhook configuration fails with a clear, coded error and no call', async () => {
    sandbox.clearLog();
    const result = await unconfigured.graphql(`mutation($id: ID!) { watchProject(input: { projectId: $id }) { watching } }`, { id: PROJECT });
    expect(result.data.watchProject).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', reason: 'WEBHOOKS_NOT_CONFIGURED' } });
    expect(result.errors?.[0].message).toMatch(/BASECAMP_WEBHOOK_URL/);
    expect(sandbox.log).toEqual([]);
  });
});
