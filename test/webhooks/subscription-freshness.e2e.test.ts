import { afterAll, beforeAll, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import type { RecordingChange } from '../../src/webhooks/payload.ts';
import { newSecret, startLiveGateway, USER_AGENT, type LiveGateway } from '../helpers/live-stack.ts';

/**
 * A subscription's context lives as long as the subscription, but each event must read as a new
 * request would: with FRESH_FOR at 0, an answer read at an earlier event is not fresh for a
 * later one just because both came after the subscription began. The change here comes with no
 * webhook (nothing watches the project), so no mark would force the second read.
 */
let sandbox: Sandbox;
let sandboxUrl: string;
let closeSandbox: () => Promise<void>;
let gateway: LiveGateway;

beforeAll(async () => {
  sandbox = createSandbox({ rateLimit: false });
  const listening = await sandbox.listen({ port: 0, host: '127.0.0.1' });
  sandboxUrl = listening.url;
  closeSandbox = listening.close;
  gateway = await startLiveGateway({ sandbox, sandboxUrl, secret: newSecret(), webhooks: false, client: { freshForMs: 0 } });
});
afterAll(async () => {
  await gateway?.close();
  await closeSandbox?.();
});

const TODO = SEED.todos.pending;
/** GETs of the to-do that reached the sandbox so far. */
const todoReads = () => sandbox.log.filter((entry) => entry.method === 'GET' && entry.path.endsWith(`/todos/${TODO}.json`)).length;
const change = (eventId: string): RecordingChange => ({
  eventId,
  accountId: sandbox.accountId,
  projectId: SEED.projects.catalog,
  kind: 'todo_changed',
  createdAt: new Date().toISOString(),
  creatorId: null,
  recording: { id: TODO, type: 'Todo', path: `/todos/${TODO}.json`, parent: null },
  copy: null,
});

it('reads each event of a subscription afresh, not from what an earlier event validated', async () => {
  const subscriber = await gateway.subscribe(`subscription { recordingChanged { eventId recording { basecampId title } } }`);
  // The SSE response starts before the subscription listens: publish until it hears one, then take
  // every warm-up event up to the last one published (events arrive in order).
  let published = 0;
  while (subscriber.pending() === 0) {
    if (published > 100) throw new Error('the subscription never heard an event');
    gateway.live.events.publish(change(`warm-up-${published++}`));
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (let heard = ''; heard !== `warm-up-${published - 1}`; ) {
    const warmUp = (await subscriber.next()).data.recordingChanged;
    expect(warmUp.recording.basecampId).toBe(TODO);
    heard = warmUp.eventId;
  }
  const before = todoReads();

  const renamed = await fetch(`${sandboxUrl}/${sandbox.accountId}/todos/${TODO}.json`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${sandbox.tokens.member!}`, 'user-agent': USER_AGENT, 'content-type': 'application/json; charset=utf-8' },
    body: JSON.stringify({ content: 'Renamed by someone else' }),
  });
  expect(renamed.status).toBe(200);

  gateway.live.events.publish(change('after-rename'));
  const event = await subscriber.next();
  expect(event.errors).toBeUndefined();
  expect(event.data.recordingChanged).toEqual({ eventId: 'after-rename', recording: { basecampId: TODO, title: 'Renamed by someone else' } });
  // Read again through the owner's token: the member's PUT went around the gateway.
  expect(todoReads()).toBe(before + 1);
  subscriber.close();
});
