import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageBounds } from '../../src/sandbox/protocol/pagination.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { childrenOf } from '../../src/sandbox/state/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startSandbox();
});
afterAll(() => harness.close());

interface Walk {
  sizes: number[];
  ids: string[];
  totals: (string | null)[];
  links: string[];
}

/** Follows `Link: rel="next"` from `path` to the end, never building a page URL itself. */
async function walk(path: string): Promise<Walk> {
  const result: Walk = { sizes: [], ids: [], totals: [], links: [] };
  let next: string | undefined = `${harness.api}${path}`;
  while (next) {
    const response = await harness.call(next);
    expect(response.status).toBe(200);
    const page = await json<{ id: string }[]>(response);
    result.sizes.push(page.length);
    result.ids.push(...page.map((item) => item.id));
    result.totals.push(response.headers.get('x-total-count'));
    const link = response.headers.get('link');
    next = link ? /^<([^>]+)>; rel="next"$/.exec(link)?.[1] : undefined;
    if (link) {
      expect(next).toBeDefined();
      result.links.push(next ?? '');
    }
  }
  return result;
}

describe('geared pagination', () => {
  it('sizes pages 15, 30, 50, then 100', () => {
    expect([1, 2, 3, 4, 5].map(pageBounds)).toEqual([
      { start: 0, end: 15 },
      { start: 15, end: 45 },
      { start: 45, end: 95 },
      { start: 95, end: 195 },
      { start: 195, end: 295 },
    ]);
  });

  it('walks the large list by Link headers: geared sizes, every pending to-do once and in order', async () => {
    const { pending } = SEED.counts.large;
    expect(pending).toBeGreaterThan(95);
    const result = await walk(`/todolists/${SEED.todolists.large}/todos.json`);
    expect(result.sizes).toEqual([15, 30, 50, pending - 95]);
    expect(result.totals).toEqual(result.sizes.map(() => String(pending)));
    const expected = childrenOf(harness.sandbox.state, SEED.todolists.large, 'Todo')
      .filter((todo) => todo.status === 'active' && todo.completion === null)
      .map((todo) => todo.id);
    expect(result.ids).toEqual(expected);
    expect(new Set(result.ids).size).toBe(pending);
  });

  it('builds absolute next links on the sandbox origin and sends none on the last page', async () => {
    const result = await walk(`/todolists/${SEED.todolists.large}/todos.json`);
    expect(result.links).toEqual([2, 3, 4].map((n) => `${harness.api}/todolists/${SEED.todolists.large}/todos.json?page=${n}`));
    for (const link of result.links) expect(new URL(link).origin).toBe(harness.url);
  });

  it('keeps the other query parameters in next links', async () => {
    const result = await walk(`/todolists/${SEED.todolists.large}/todos.json?completed=true`);
    expect(result.sizes).toEqual([15, SEED.counts.large.completed - 15]);
    expect(result.links).toEqual([`${harness.api}/todolists/${SEED.todolists.large}/todos.json?completed=true&page=2`]);
  });

  it('walks the 520-to-do benchmark list in eight pages', async () => {
    const result = await walk(`/todolists/${SEED.todolists.benchmark}/todos.json`);
    expect(result.sizes).toEqual([15, 30, 50, 100, 100, 100, 100, 25]);
    expect(new Set(result.ids).size).toBe(SEED.counts.benchmark.total);
  });

  it('keeps legacy bucket paths in next links', async () => {
    const path = `/buckets/${SEED.projects.catalog}/todolists/${SEED.todolists.large}/todos.json`;
    const response = await harness.call(path);
    expect(response.headers.get('link')).toBe(`<${harness.api}${path}?page=2>; rel="next"`);
  });

  it('answers an empty page without Link past the end', async () => {
    const response = await harness.call(`/todolists/${SEED.todolists.large}/todos.json?page=9`);
    expect(await json(response)).toEqual([]);
    expect(response.headers.get('link')).toBeNull();
    expect(response.headers.get('x-total-count')).toBe(String(SEED.counts.large.pending));
  });
});
