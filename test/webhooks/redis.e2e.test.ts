import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { newSecret, startLiveGateway, USER_AGENT, type LiveGateway } from '../helpers/live-stack.ts';

/**
 * Two gateway instances sharing the real Redis (under a prefix of this run's own): the webhook
 * reaches one, and the other's reads and subscribers see it.
 */
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const available = await (async () => {
  const probe = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  probe.on('error', () => undefined);
  try {
    await probe.connect();
    await probe.ping();
    return true;
  } catch {
    console.log(`Skipping the two-process webhook tests: no Redis at ${REDIS_URL}.`);
    return false;
  } finally {
    probe.disconnect();
  }
})();

const PROJECT = SEED.projects.hq;
const LIST = `query($id: ID!) { todolist(id: $id) { name completedRatio todos(first: 50) { nodes { basecampId title } } } }`;

let sandbox: Sandbox;
let sandboxUrl: string;
let closeSandbox: () => Promise<void>;
let receiving: LiveGateway;
let other: LiveGateway;

describe.runIf(available)('two processes sharing Redis', () => {
  beforeAll(async () => {
    sandbox = createSandbox({ rateLimit: false });
    const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
    sandboxUrl = listening.url;
    closeSandbox = listening.close;
    const secret = newSecret();
    const redis = { url: REDIS_URL, keyPrefix: `test:webhooks:${randomBytes(6).toString('hex')}:` };
    const client = { freshForMs: 0, watchedFreshForMs: 300_000 };
    receiving = await startLiveGateway({ sandbox, sandboxUrl, secret, redis, client });
    other = await startLiveGateway({ sandbox, sandboxUrl, secret, redis, client });
  });
  afterAll(async () => {
    await other?.close();
    await receiving?.close();
    await closeSandbox?.();
  });

  it('a webhook received by one invalidates the other\'s reads and reaches a subscriber connected to the other', async () => {
    // The receiving process registers the webhook; the watched set lives in Redis, so both know.
    const watched = await receiving.graphql(`mutation($id: ID!) { watchProject(input: { projectId: $id }) { webhook { payloadUrl } } }`, { id: PROJECT });
    expect(watched.errors).toBeUndefined();
    // Basecamp delivers to the receiving process only.
    expect(watched.data.watchProject.webhook.payloadUrl).toBe(`${receiving.url}/webhooks/basecamp/${receiving.secret}`);
    expect(await other.client.isWatched(sandbox.accountId, PROJECT)).toBe(true);

    const board = await other.graphql(`query($id: ID!) { todoset(id: $id) { todolists(first: 10) { nodes { basecampId todos(first: 5) { nodes { basecampId completed } } } } } }`, { id: SEED.todosets.hq });
    const list = board.data.todoset.todolists.nodes.find((candidate: any) => candidate.todos.nodes.some((todo: any) => !todo.completed));
    const todo = list.todos.nodes.find((candidate: any) => !candidate.completed);
    const before = await other.graphql(LIST, { id: list.basecampId });
    sandbox.clearLog();
    const again: any = await other.graphql(LIST, { id: list.basecampId });
    // The same answer; only extensions.cost (what each read spent) differs: this one spent nothing.
    expect({ data: again.data, errors: again.errors }).toEqual({ data: before.data, errors: before.errors });
    expect(again.extensions.cost).toMatchObject({ upstreamCalls: 0, notModified: 0 });
    expect(sandbox.log).toEqual([]);

    const subscriber = await other.subscribe(`subscription { recordingChanged { kind recording { basecampId ... on Todo { title } } } }`);
    const renamed = `${todo.basecampId} renamed by someone else`;
    const write = await fetch(`${sandboxUrl}/${sandbox.accountId}/buckets/${PROJECT}/todos/${todo.basecampId}.json`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${sandbox.tokens.admin}`, 'user-agent': USER_AGENT, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ content: renamed }),
    });
    expect(write.status).toBe(200);

    const event = await subscriber.next();
    expect(event.data.recordingChanged).toMatchObject({ recording: { basecampId: todo.basecampId, title: renamed } });
    expect(event.data.recordingChanged.kind).toMatch(/^todo_/);

    sandbox.clearLog();
    const after = await other.graphql(LIST, { id: list.basecampId });
    expect(after.data.todolist.todos.nodes.find((candidate: any) => candidate.basecampId === todo.basecampId).title).toBe(renamed);
    // A rename changes the to-do and the list of its siblings, not the list's own JSON.
    expect(sandbox.log.map((entry) => entry.path.replace(`/${sandbox.accountId}`, ''))).toEqual([`/todolists/${list.basecampId}/todos.json`]);
    subscriber.close();
  });

  it('a redelivery to the other process is recognised as one', async () => {
    const root = `${sandboxUrl}/${sandbox.accountId}`;
    const body = JSON.stringify({
      id: '880001',
      kind: 'todolist_title_updated',
      created_at: '2026-12-02T10:00:00.000Z',
      recording: { id: SEED.todolists.large, type: 'Todolist', url: `${root}/buckets/${PROJECT}/todolists/${SEED.todolists.large}.json`, bucket: { id: PROJECT } },
    });
    const post = (target: LiveGateway) =>
      fetch(`${target.url}/webhooks/basecamp/${target.secret}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }).then(async (response) => ({ status: response.status, code: (await response.json()).code }));
    expect(await post(receiving)).toEqual({ status: 202, code: 'ACCEPTED' });
    expect(await post(other)).toEqual({ status: 200, code: 'DUPLICATE_EVENT' });
  });
});
