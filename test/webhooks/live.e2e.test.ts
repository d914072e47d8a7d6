import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseJson } from '../../src/client/json.ts';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { newSecret, startLiveGateway, USER_AGENT, type LiveGateway } from '../helpers/live-stack.ts';

/**
 * The whole loop over real HTTP on loopback: watchProject registers a webhook on the sandbox, a
 * board is served from the cache, another person changes a to-do through REST, the sandbox POSTs
 * the webhook to the gateway, an SSE subscriber hears of it, and the next board read calls only
 * for what changed.
 */
const PROJECT = SEED.projects.hq;
const BOARD = `query($id: ID!) {
  todoset(id: $id) {
    todolists(first: 10) { nodes { basecampId name completedRatio todos(first: 50) { nodes { basecampId title completed } } } }
  }
}`;
const CHANGES = `subscription($projects: [ID!]) {
  recordingChanged(projectIds: $projects) { kind eventId createdAt recordingType creator { name } project { basecampId } recording { basecampId title ... on Todo { completed } } }
}`;

let sandbox: Sandbox;
let sandboxUrl: string;
let closeSandbox: () => Promise<void>;
let gateway: LiveGateway;

const log = () => sandbox.log.map((entry) => `${entry.method} ${entry.path.replace(`/${sandbox.accountId}`, '')}`);
const reads = () => log().filter((line) => line.startsWith('GET ') && !line.includes('/webhooks'));

async function rest(method: string, path: string, token: string, body?: unknown): Promise<Response> {
  return fetch(`${sandboxUrl}/${sandbox.accountId}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'user-agent': USER_AGENT, 'content-type': 'application/json; charset=utf-8' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** The delivery the sandbox recorded for our webhook, once the gateway has answered it. */
async function deliveries(webhookId: string): Promise<any[]> {
  const response = await rest('GET', `/webhooks/${webhookId}.json`, sandbox.tokens.owner!);
  return ((parseJson(await response.text()) as any).recent_deliveries ?? []) as any[];
}

async function until<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  sandbox = createSandbox({ rateLimit: false });
  const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  sandboxUrl = listening.url;
  closeSandbox = listening.close;
  gateway = await startLiveGateway({ sandbox, sandboxUrl, secret: newSecret(), client: { freshForMs: 0, watchedFreshForMs: 300_000 } });
});
afterAll(async () => {
  await gateway?.close();
  await closeSandbox?.();
});

describe('watching a project', () => {
  let webhookId: string;

  it('registers one webhook pointing at the receiver, and reuses it', async () => {
    const watch = `mutation($id: ID!) { watchProject(input: { projectId: $id }) { watching project { basecampId } webhook { basecampId payloadUrl active } } }`;
    sandbox.clearLog();
    const first = await gateway.graphql(watch, { id: PROJECT });
    expect(first.errors).toBeUndefined();
    const payload = first.data.watchProject;
    expect(payload).toMatchObject({ watching: true, project: { basecampId: PROJECT }, webhook: { payloadUrl: `${gateway.url}/webhooks/basecamp/${gateway.secret}`, active: true } });
    webhookId = payload.webhook.basecampId;
    expect(log()).toContain(`POST /buckets/${PROJECT}/webhooks.json`);

    sandbox.clearLog();
    const again = await gateway.graphql(watch, { id: PROJECT });
    expect(again.data.watchProject.webhook.basecampId).toBe(webhookId);
    expect(log().filter((line) => !line.startsWith('GET '))).toEqual([]);
    expect(await gateway.client.isWatched(sandbox.accountId, PROJECT)).toBe(true);
  });

  it('serves the board from the cache, hears a change made by another person, and reads only what changed', async () => {
    sandbox.clearLog();
    const cold = await gateway.graphql(BOARD, { id: SEED.todosets.hq });
    expect(cold.errors).toBeUndefined();
    const coldCalls = reads();
    expect(coldCalls.length).toBeGreaterThan(2);

    sandbox.clearLog();
    const warm: any = await gateway.graphql(BOARD, { id: SEED.todosets.hq });
    // The same answer; only extensions.cost (what each read spent) differs: the warm one spent nothing.
    expect({ data: warm.data, errors: warm.errors }).toEqual({ data: cold.data, errors: cold.errors });
    expect(warm.extensions.cost).toMatchObject({ upstreamCalls: 0, notModified: 0 });
    expect(log()).toEqual([]);

    const subscriber = await gateway.subscribe(CHANGES, { projects: [PROJECT] });
    // A pending to-do of the board, completed by the `member` through REST, as Basecamp's web app would.
    const lists = cold.data.todoset.todolists.nodes;
    const list = lists.find((candidate: any) => candidate.todos.nodes.some((todo: any) => !todo.completed));
    const todo = list.todos.nodes.find((candidate: any) => !candidate.completed);
    sandbox.clearLog();
    const completion = await rest('POST', `/buckets/${PROJECT}/todos/${todo.basecampId}/completion.json`, sandbox.tokens.member!);
    expect(completion.status).toBe(204);

    const event = await subscriber.next();
    expect(event.errors).toBeUndefined();
    expect(event.data.recordingChanged).toMatchObject({
      kind: 'todo_completed',
      recordingType: 'TODO',
      project: { basecampId: PROJECT },
      recording: { basecampId: todo.basecampId, title: todo.title, completed: true },
    });
    expect(event.data.recordingChanged.creator.name).toEqual(expect.any(String));
    const delivered = await until(async () => (await deliveries(webhookId)).find((delivery) => delivery.response?.code !== undefined), 'the delivery record');
    expect(delivered.response.code).toBe(202);
    expect(JSON.parse(delivered.response.body)).toMatchObject({ code: 'ACCEPTED' });

    sandbox.clearLog();
    const after = await gateway.graphql(BOARD, { id: SEED.todosets.hq });
    const changedList = after.data.todoset.todolists.nodes.find((candidate: any) => candidate.basecampId === list.basecampId);
    expect(changedList.todos.nodes.find((candidate: any) => candidate.basecampId === todo.basecampId)).toBeUndefined(); // pending lists drop completed to-dos
    expect(changedList.completedRatio).not.toBe(list.completedRatio);
    // Exactly what the change touched: the list's to-dos, and the to-do set and its lists (their ratios).
    expect(reads().sort()).toEqual([
      `GET /todolists/${list.basecampId}/todos.json`,
      `GET /todosets/${SEED.todosets.hq}.json`,
      `GET /todosets/${SEED.todosets.hq}/todolists.json`,
    ]);
    expect(coldCalls.length).toBeGreaterThan(reads().length);
    subscriber.close();
  });

  it('refuses a subscription to a project the token cannot read, instead of staying silent for ever', async () => {
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${sandbox.tokens.client}` },
      body: JSON.stringify({ query: CHANGES, variables: { projects: [PROJECT] } }),
    });
    expect(response.status).toBe(400);
    const answer = (await response.json()) as any;
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors[0]).toMatchObject({ message: expect.stringContaining(PROJECT), extensions: { code: 'NOT_FOUND' } });
  });

  it('an unwatch Basecamp refuses to the token changes nothing: the project stays watched', async () => {
    // The client token cannot see this project's webhooks.
    const refused = await gateway.graphql(`mutation($id: ID!) { unwatchProject(input: { projectId: $id }) { watching } }`, { id: PROJECT }, sandbox.tokens.client);
    expect(refused.errors?.[0]?.extensions?.code).toMatch(/^(NOT_FOUND|FORBIDDEN)$/);
    expect(await gateway.client.isWatched(sandbox.accountId, PROJECT)).toBe(true);
  });

  it('unwatching removes the webhook and revalidates again', async () => {
    sandbox.clearLog();
    const result = await gateway.graphql(`mutation($id: ID!) { unwatchProject(input: { projectId: $id }) { watching webhook { basecampId } } }`, { id: PROJECT });
    expect(result.data.unwatchProject).toEqual({ watching: false, webhook: null });
    expect(log()).toContain(`DELETE /webhooks/${webhookId}.json`);
    expect(await gateway.client.isWatched(sandbox.accountId, PROJECT)).toBe(false);
    sandbox.clearLog();
    await gateway.graphql(BOARD, { id: SEED.todosets.hq });
    expect(reads().length).toBeGreaterThan(0);
  });
});
