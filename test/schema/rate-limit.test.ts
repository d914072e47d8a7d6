import { afterEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { startStack, type Stack } from '../helpers/stack.ts';
import { VirtualClock } from '../helpers/virtual-clock.ts';

/**
 * Fairness and the budget shown to clients, end to end: gateway → client → sandbox over HTTP.
 * Both the gateway and the sandbox limit at Basecamp's 50 per 10 s, on one virtual clock, so a
 * wait costs no real time and a call the gateway let through too early would show as a 429 in
 * the sandbox's log.
 */
const BUDGET = { limit: 50, windowMs: 10_000 };

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

async function start(): Promise<{ stack: Stack; clock: VirtualClock }> {
  const clock = new VirtualClock();
  stack = await startStack({ sandbox: { rateLimit: BUDGET, now: () => clock.now() }, client: { rateLimit: BUDGET, clock } });
  return { stack, clock };
}

const statuses = (s: Stack) => s.sandbox.log.map((entry) => entry.status);

describe('rejected tokens', () => {
  it('costs one call for 50 requests with a rejected token, and the valid query after them waits for nothing', async () => {
    const { stack: s } = await start();
    const bad = await Promise.all(Array.from({ length: 50 }, () => s.graphql('{ projects(first: 5) { nodes { name } } }', { token: 'not-a-basecamp-token' })));
    for (const result of bad) expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    // Only the first asked Basecamp; the others were refused by the gateway.
    expect(s.sandbox.log.filter((entry) => entry.tokenLabel === undefined).map((entry) => entry.status)).toEqual([401]);

    s.resetLog();
    const valid = await s.graphql('{ projects(first: 5) { nodes { name } } }');
    expect(valid.errors).toBeUndefined();
    expect(valid.data.projects.nodes.length).toBeGreaterThan(0);
    // It never waited for room, and the budget lost one call to the stranger, not 50.
    expect(s.client.metrics.snapshot().limiterWaits).toBe(0);
    const spent = s.sandbox.log.length;
    expect(spent).toBeGreaterThan(0);
    expect((valid as any).extensions.cost.budget.remaining).toBe(BUDGET.limit - 1 - spent);
    expect(statuses(s)).not.toContain(429);
  });
});

describe('fair admission', () => {
  // Real time, as Basecamp has it: the light query waits for one window (10 s), not for the
  // heavy one's 300 calls (a minute). The assertions are about order, not durations.
  it('answers a light query from one person while another’s 300-call query is still waiting for budget', { timeout: 60_000 }, async () => {
    // 300 lookups by id: over the default GRAPHQL_MAX_CALLS (200), which would refuse it before any call.
    stack = await startStack({ sandbox: { rateLimit: BUDGET }, client: { rateLimit: BUDGET }, gateway: { queryCost: { maxCalls: 300 } } });
    const s = stack;
    const todos = [...s.sandbox.state.recordings.values()].filter((r) => r.type === 'Todo').slice(0, 300);
    expect(todos).toHaveLength(300);
    const ids = todos.map((todo) => encodeGlobalId('Todo', s.sandbox.accountId, todo.id));
    const people = [...s.sandbox.state.people.values()].slice(0, 3);
    const calls = (label: string) => s.sandbox.log.filter((entry) => entry.tokenLabel === label).length;

    const done: string[] = [];
    const leave = new AbortController();
    const heavy = Promise.resolve(
      s.gateway.fetch('http://gateway.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids } }),
        signal: leave.signal,
      }),
    )
      .then((response) => response.json())
      .then(
        () => done.push('heavy'),
        () => done.push('heavy left'),
      );
    // Token A has taken the whole window before B asks.
    while (calls('owner') < BUDGET.limit && done.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(done).toEqual([]); // not refused before its calls (GRAPHQL_MAX_CALLS)

    const light = await s.graphql(`{ ${people.map((person, i) => `p${i}: person(id: "${person.id}") { name }`).join(' ')} }`, { token: s.sandbox.tokens.admin });
    done.push('light');
    const heavyCallsByThen = calls('owner');

    expect(light.errors).toBeUndefined();
    expect(Object.values(light.data).map((p: any) => p.name)).toEqual(people.map((p) => p.name));
    expect(calls('admin')).toBe(3);
    // B waited for the slots A already held (one window), then went ahead of A's other 250.
    expect(done).toEqual(['light']);
    expect(heavyCallsByThen).toBeLessThan(2 * BUDGET.limit);
    expect(s.sandbox.log.map((entry) => entry.status)).not.toContain(429);

    leave.abort();
    await heavy;
    expect(done).toEqual(['light', 'heavy left']);
  });
});

describe('budget figures', () => {
  it('shows what a query spent in rateLimit and in extensions.cost.budget, and reading them spends nothing', async () => {
    const { stack: s, clock } = await start();
    const before = await s.graphql('{ rateLimit { limit remaining resetAt } }');
    expect(before.errors).toBeUndefined();
    expect(before.data.rateLimit).toEqual({ limit: 50, remaining: 50, resetAt: new Date(clock.now()).toISOString() });
    expect((before as any).extensions.cost.budget).toEqual(before.data.rateLimit);
    expect(s.sandbox.log).toHaveLength(0);

    const spending = await s.graphql('{ projects(first: 3) { nodes { name todoset { todolists(first: 2) { nodes { name } } } } } }');
    expect(spending.errors).toBeUndefined();
    const calls = s.sandbox.log.length;
    expect(calls).toBeGreaterThan(1);
    expect((spending as any).extensions.cost.budget).toEqual({ limit: 50, remaining: 50 - calls, resetAt: new Date(clock.now() + BUDGET.windowMs).toISOString() });

    const after = await s.graphql('{ rateLimit { remaining } }');
    expect(after.data.rateLimit.remaining).toBe(50 - calls);
    expect(s.sandbox.log).toHaveLength(calls);

    // Once the window has passed, the whole budget is back.
    await clock.sleep(BUDGET.windowMs);
    const later = await s.graphql('{ rateLimit { remaining resetAt } }');
    expect(later.data.rateLimit).toEqual({ remaining: 50, resetAt: new Date(clock.now()).toISOString() });
  });

  it('shows the budget on a query refused before execution, which spent nothing', async () => {
    const { stack: s } = await start();
    const refused = await s.graphql(
      '{ projects(first: 100) { nodes { todoset { todolists(first: 100) { nodes { todos(first: 100) { nodes { comments(first: 100) { nodes { content } } } } } } } } } }',
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
    expect((refused as any).extensions.cost.budget).toMatchObject({ limit: 50, remaining: 50 });
    expect(s.sandbox.log).toHaveLength(0);
  });

  it('counts another person on the same account against the budget shown, and their token too', async () => {
    const { stack: s } = await start();
    await s.graphql('{ projects(first: 3) { nodes { name } } }', { token: s.sandbox.tokens.admin });
    const spentByAdmin = s.sandbox.log.length;
    const mine = await s.graphql('{ rateLimit { remaining } }');
    expect(mine.data.rateLimit.remaining).toBe(50 - spentByAdmin);
  });
});
