import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBasecampClient, hashToken, type BasecampClient } from '../../../src/client/index.ts';
import { createRedisAccountChanges } from '../../../src/client/stores/account-changes-redis.ts';
import { reachableRedis, redisNamespace } from '../../helpers/shared-redis.ts';
import { json, startUpstream, type Upstream } from '../support/loopback.ts';

const url = await reachableRedis('Redis account-changes tests');
const ACCOUNT = '999';
const TODO = `/${ACCOUNT}/todos/5.json`;
/** The reads of the to-do the upstream has received. */
const gets = (upstream: Upstream) => upstream.received.filter((request) => request.method === 'GET' && request.url === TODO).length;

describe.skipIf(url === undefined)('account changes over Redis (two processes behind one load balancer)', () => {
  const ns = redisNamespace(url, 'bcgql-changes-test');
  const closing: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closing.splice(0).reverse()) await close();
  });

  /** A client as one gateway process builds it with Redis: its own connection and its own bus. */
  async function process(upstream: Upstream) {
    const redis = ns.redis.duplicate();
    const changes = createRedisAccountChanges({ redis, prefix: ns.prefix });
    await changes.ready;
    const client: BasecampClient = createBasecampClient({ baseUrl: upstream.url, userAgent: 'Changes tests (tests@example.test)', accountChanges: changes });
    closing.push(async () => {
      await client.close();
      await changes.close();
      redis.disconnect();
    });
    const heard: string[] = [];
    changes.subscribe((accountId) => heard.push(accountId));
    const session = client.session({ token: 'a', tokenHash: hashToken('a'), accountId: ACCOUNT });
    return { client, session, heard };
  }

  it('a write through one process ends the sharing of a read the other sent before it', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let content = 'old';
    const upstream = await startUpstream(async (req, res) => {
      if (req.url.endsWith('/people.json')) return json(res, 200, []);
      if (req.method === 'PUT') {
        content = 'new';
        return json(res, 200, { id: 5, content });
      }
      const answer = content;
      if (gets(upstream) === 1) await held;
      json(res, 200, { id: 5, content: answer });
    });
    closing.push(() => upstream.close());
    closing.push(async () => release()); // runs first: a held answer would keep the upstream from closing
    const a = await process(upstream);
    const b = await process(upstream);
    await b.session.get('/people.json'); // the token is known good: calls no longer wait for its first answer

    const before = b.session.call('GetTodo', { todoId: '5' });
    await vi.waitFor(() => expect(gets(upstream)).toBe(1));
    await a.session.call('ReplaceTodo', { todoId: '5' }, { body: { content: 'new' } });
    await vi.waitFor(() => expect(b.heard).toEqual([ACCOUNT]));
    expect(a.heard).toEqual([]); // a process does not hear itself

    const after = b.session.call('GetTodo', { todoId: '5' });
    // Without the word from the other process, this read joined the held one and never left.
    await vi.waitFor(() => expect(gets(upstream)).toBe(2), { timeout: 2000 }).finally(release);
    expect(await before).toEqual({ id: '5', content: 'old' });
    expect(await after).toEqual({ id: '5', content: 'new' });
    expect(upstream.received.map((request) => `${request.method} ${request.url}`)).toEqual([
      `GET /${ACCOUNT}/people.json`,
      `GET ${TODO}`,
      `PUT ${TODO}`,
      `GET ${TODO}`,
    ]);
  });

  it('passes on what the client is told of a change (a webhook), and drops what is not its own message', async () => {
    const upstream = await startUpstream((_req, res) => json(res, 200, {}));
    closing.push(() => upstream.close());
    const a = await process(upstream);
    const b = await process(upstream);
    await ns.redis.publish(`${ns.prefix}account-changed`, 'not json');
    await ns.redis.publish(`${ns.prefix}account-changed`, JSON.stringify({ origin: 'x', accountId: '../7' }));
    await a.client.invalidate('42', ['/projects/1.json']);
    await vi.waitFor(() => expect(b.heard).toEqual(['42']));
    expect(a.heard).toEqual([]);
  });
});
