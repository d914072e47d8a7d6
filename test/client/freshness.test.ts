import { describe, expect, it } from 'vitest';
import { cacheLayer } from '../../src/client/cache.ts';
import { createCoalescing } from '../../src/client/coalesce.ts';
import { createFreshness } from '../../src/client/freshness.ts';
import { createMetrics } from '../../src/client/metrics.ts';
import { createMemoryFreshnessStore } from '../../src/client/stores/freshness-memory.ts';
import type { FreshnessStore } from '../../src/client/stores/freshness-types.ts';
import type { CacheStore } from '../../src/client/stores/types.ts';
import { createMemoryCacheStore } from '../../src/client/stores/memory.ts';
import { createLedger, type HttpMethod, type UpstreamRequest, type UpstreamResponse } from '../../src/client/types.ts';
import { BASE, fakeRequest, fakeResponse } from '../helpers/layer-fakes.ts';
import { VirtualClock } from '../helpers/virtual-clock.ts';

const SECOND = 1_000;
const todo = (id: string, list: string, project = '1') => ({ id, title: `to-do ${id}`, parent: { id: list, url: `${BASE}/buckets/${project}/todolists/${list}.json` }, bucket: { id: project } });

/**
 * freshness(cache(upstream)) with a scripted upstream: every GET answers 200 with an ETag the
 * first time and 304 after, unless `bodies` changed; every call is logged as `METHOD path`.
 */
function setup(options: { freshForMs?: number; watchedFreshForMs?: number; store?: FreshnessStore; cacheStore?: CacheStore; log?: string[] } = {}) {
  const clock = new VirtualClock();
  const calls: string[] = [];
  const bodies = new Map<string, unknown>([
    ['/todolists/2/todos.json', [todo('9', '2'), todo('10', '2')]],
    ['/todolists/2/todos.json?page=2', [todo('11', '2')]],
    ['/todolists/3/todos.json', [todo('12', '3')]],
    ['/todolists/22/todos.json', [todo('13', '22')]],
    ['/todos/9.json', todo('9', '2')],
    ['/recordings/9/comments.json', []],
    ['/people/5.json', { id: '5', name: 'Ana' }],
    ['/projects/1.json', { id: '1', name: 'P', dock: [{ id: '40', name: 'todoset' }] }],
    ['/todosets/40.json', { id: '40', title: 'To-dos' }],
  ]);
  const versions = new Map<string, number>();
  let gate: Promise<void> | undefined;
  const upstream = async (request: UpstreamRequest): Promise<UpstreamResponse> => {
    const path = request.url.slice(BASE.length);
    calls.push(`${request.method} ${path}`);
    if (gate) await gate;
    if (request.ledger) request.ledger.upstreamCalls += 1;
    if (request.method !== 'GET') return fakeResponse({ status: 204, body: undefined, url: request.url });
    const etag = `"v${versions.get(path) ?? 0}"`;
    if (request.headers['if-none-match'] === etag) return fakeResponse({ status: 304, headers: { etag }, body: undefined, url: request.url });
    return fakeResponse({ status: 200, headers: { etag }, body: bodies.get(path) ?? null, url: request.url });
  };
  const cacheStore = options.cacheStore ?? createMemoryCacheStore();
  const metrics = createMetrics();
  const freshness = createFreshness({
    metrics,
    cacheStore,
    store: options.store ?? createMemoryFreshnessStore(),
    now: () => clock.now(),
    freshForMs: options.freshForMs ?? 5 * SECOND,
    watchedFreshForMs: options.watchedFreshForMs ?? 5 * 60 * SECOND,
    log: (message) => options.log?.push(message),
  });
  const send = createCoalescing({ metrics }).layer(freshness.layer(cacheLayer({ store: cacheStore, metrics, now: () => clock.now() })(upstream)));
  return {
    clock,
    calls,
    metrics,
    freshness,
    send,
    /** Another Basecamp user changes `path` upstream: the next revalidation gets a 200. */
    change: (path: string, body: unknown) => {
      versions.set(path, (versions.get(path) ?? 0) + 1);
      bodies.set(path, body);
    },
    get: (path: string, token = 'a') => send({ ...fakeRequest({ path, token }), ledger: createLedger() }),
    /** A GET of an operation that began at `since`. */
    getSince: (since: number, path: string) => send({ ...fakeRequest({ path }), ledger: createLedger(), freshSince: since }),
    write: (method: HttpMethod, path: string, token = 'a') => send(fakeRequest({ method, path, token })),
    /** The GETs that reached upstream since the last call. */
    take: () => calls.splice(0),
    /** Upstream answers only once `until` settles (undefined: at once). */
    hold: (until: Promise<void> | undefined) => {
      gate = until;
    },
  };
}

describe('freshness layer', () => {
  it('answers a GET validated within the window from the store, with no call, counted as fromCache', async () => {
    const t = setup();
    await t.get('/todolists/2/todos.json');
    expect(t.take()).toEqual(['GET /todolists/2/todos.json']);

    t.clock.time += 4 * SECOND;
    const request = { ...fakeRequest({ path: '/todolists/2/todos.json' }), ledger: createLedger() };
    const response = await t.send(request);
    expect(t.take()).toEqual([]);
    expect(response).toMatchObject({ status: 200, headers: { etag: '"v0"' }, body: [{ id: '9' }, { id: '10' }] });
    expect(request.ledger).toEqual({ upstreamCalls: 0, notModified: 0, fromCache: 1 });

    // Past the window it revalidates (a 304), and that 304 starts a new window.
    t.clock.time += 1 * SECOND;
    expect((await t.get('/todolists/2/todos.json')).status).toBe(200);
    expect(t.take()).toEqual(['GET /todolists/2/todos.json']);
    t.clock.time += 4 * SECOND;
    await t.get('/todolists/2/todos.json');
    expect(t.take()).toEqual([]);
  });

  it('revalidates every GET with a 0 window, as the cache always did', async () => {
    const t = setup({ freshForMs: 0, watchedFreshForMs: 0 });
    for (let i = 0; i < 3; i++) await t.get('/todolists/2/todos.json');
    expect(t.take()).toHaveLength(3);
  });

  it('keeps windows per token', async () => {
    const t = setup();
    await t.get('/todos/9.json', 'a');
    await t.get('/todos/9.json', 'b');
    expect(t.take()).toEqual(['GET /todos/9.json', 'GET /todos/9.json']);
    await t.get('/todos/9.json', 'b');
    expect(t.take()).toEqual([]);
  });

  it('shares one call among concurrent identical GETs, and the window covers the next ones', async () => {
    const t = setup();
    await Promise.all(Array.from({ length: 20 }, () => t.get('/todolists/3/todos.json')));
    expect(t.take()).toEqual(['GET /todolists/3/todos.json']);
    for (let i = 0; i < 5; i++) await t.get('/todolists/3/todos.json');
    expect(t.take()).toEqual([]);
  });

  it('never answers a caller its own conditional request or a no-store one', async () => {
    const t = setup();
    await t.get('/todos/9.json');
    t.take();
    await t.send(fakeRequest({ path: '/todos/9.json', headers: { 'cache-control': 'no-store' } }));
    await t.send(fakeRequest({ path: '/todos/9.json', headers: { 'if-none-match': '"v0"' } }));
    expect(t.take()).toHaveLength(2);
  });

  it('invalidate(prefix) makes every token revalidate what sits under it, segment-wise, in either path form', async () => {
    const t = setup();
    const paths = ['/todolists/2/todos.json', '/todolists/2/todos.json?page=2', '/todolists/22/todos.json', '/todolists/3/todos.json'];
    for (const token of ['a', 'b']) for (const path of paths) await t.get(path, token);
    t.take();
    t.clock.time += 1;

    await t.freshness.invalidate('999', ['/buckets/1/todolists/2']);
    t.clock.time += 1;
    for (const token of ['a', 'b']) for (const path of paths) await t.get(path, token);
    expect(t.take()).toEqual(['GET /todolists/2/todos.json', 'GET /todolists/2/todos.json?page=2', 'GET /todolists/2/todos.json', 'GET /todolists/2/todos.json?page=2']);
    // Revalidated after the mark: fresh again.
    t.clock.time += 1;
    await t.get('/todolists/2/todos.json');
    expect(t.take()).toEqual([]);
  });

  it('invalidate of a recording reaches its other addresses through its id (its comments list)', async () => {
    const t = setup();
    await t.get('/recordings/9/comments.json');
    await t.get('/todos/9.json');
    t.take();
    t.clock.time += 1;
    await t.freshness.invalidate('999', [`${BASE}/buckets/1/todos/9.json`]);
    await t.get('/recordings/9/comments.json');
    await t.get('/todos/9.json');
    expect(t.take()).toEqual(['GET /recordings/9/comments.json', 'GET /todos/9.json']);
  });

  it('invalidateRecording marks what a webhook payload changed: the recording, its parent, the lists holding the parent', async () => {
    const t = setup();
    const paths = ['/todolists/2/todos.json', '/todolists/3/todos.json', '/recordings/9/comments.json', '/todos/9.json', '/people/5.json'];
    for (const path of paths) await t.get(path);
    t.take();
    t.clock.time += 1;
    // A comment on to-do 9, as Basecamp's `comment_created` payload describes it.
    await t.freshness.invalidateRecording('999', {
      id: '300',
      type: 'Comment',
      url: `${BASE}/buckets/1/comments/300.json`,
      parent: { id: '9', type: 'Todo', url: `${BASE}/buckets/1/todos/9.json` },
      bucket: { id: '1', type: 'Project' },
    });
    t.clock.time += 1;
    for (const path of paths) await t.get(path);
    expect(t.take()).toEqual(['GET /todolists/2/todos.json', 'GET /recordings/9/comments.json', 'GET /todos/9.json']);
  });

  it('marks what a write changes: the object, the lists holding it, but not its neighbours', async () => {
    const t = setup();
    for (const path of ['/todolists/2/todos.json', '/todolists/3/todos.json', '/todos/9.json', '/people/5.json']) await t.get(path);
    t.take();
    t.clock.time += 1;

    await t.write('PUT', '/todos/9.json');
    for (const path of ['/todolists/2/todos.json', '/todolists/3/todos.json', '/todos/9.json', '/people/5.json']) await t.get(path);
    expect(t.take()).toEqual(['PUT /todos/9.json', 'GET /todolists/2/todos.json', 'GET /todos/9.json']);
  });

  it('marks the lists of a recording whose status changes, from its stored placement', async () => {
    const t = setup();
    for (const path of ['/todolists/2/todos.json', '/todolists/3/todos.json', '/todos/9.json']) await t.get(path);
    t.take();
    t.clock.time += 1;

    await t.write('PUT', '/recordings/10/status/trashed.json', 'b'); // another token's write counts for everyone
    t.clock.time += 1;
    for (const path of ['/todolists/2/todos.json', '/todolists/3/todos.json', '/todos/9.json']) await t.get(path);
    expect(t.take()).toEqual(['PUT /recordings/10/status/trashed.json', 'GET /todolists/2/todos.json']);

    t.clock.time += 1;
    await t.write('POST', '/todos/12/completion.json');
    t.clock.time += 1;
    for (const path of ['/todolists/2/todos.json', '/todolists/3/todos.json']) await t.get(path);
    expect(t.take()).toEqual(['POST /todos/12/completion.json', 'GET /todolists/3/todos.json']);
  });

  it('marks the whole account when a written recording was never seen', async () => {
    const t = setup();
    for (const path of ['/todolists/2/todos.json', '/people/5.json']) await t.get(path);
    t.take();
    t.clock.time += 1;
    await t.write('PUT', '/recordings/777/status/trashed.json');
    for (const path of ['/todolists/2/todos.json', '/people/5.json']) await t.get(path);
    expect(t.take()).toEqual(['PUT /recordings/777/status/trashed.json', 'GET /todolists/2/todos.json', 'GET /people/5.json']);
  });

  it('marks on a failed write too: it may have landed', async () => {
    const store = createMemoryFreshnessStore();
    const freshness = createFreshness({ cacheStore: createMemoryCacheStore(), store, now: () => 1_000, freshForMs: 5_000, watchedFreshForMs: 0 });
    const send = freshness.layer(() => Promise.reject(new Error('socket hang up')));
    await expect(send(fakeRequest({ method: 'PUT', path: '/todos/9.json' }))).rejects.toThrow('socket hang up');
    expect(await store.latestMark('999', ['p:/todos/9'])).toBe(1_000);
  });

  it('treats an entry validated while a write was in flight as stale', async () => {
    const t = setup();
    await t.get('/todos/9.json');
    t.take();
    t.clock.time += 10 * SECOND; // out of the window: the next GET revalidates
    // A GET sent at T, answered at T+2, after a write marked at T+1.
    let release!: () => void;
    t.hold(new Promise<void>((resolve) => (release = resolve)));
    const slow = t.get('/todos/9.json');
    while (t.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    t.hold(undefined);
    t.clock.time += 1;
    await t.write('PUT', '/todos/9.json');
    t.clock.time += 1;
    release();
    await slow;
    t.take();
    await t.get('/todos/9.json');
    expect(t.take()).toEqual(['GET /todos/9.json']);
  });
});

describe('answers that arrived since the operation began', () => {
  it('serves, with a 0 window, what a call sent after the operation began answered, and nothing older', async () => {
    const t = setup({ freshForMs: 0, watchedFreshForMs: 0 });
    const began = t.clock.now();
    t.clock.time += 1;
    await t.getSince(began, '/todos/9.json');
    expect(t.take()).toEqual(['GET /todos/9.json']);

    t.clock.time += 20 * SECOND;
    const again = { ...fakeRequest({ path: '/todos/9.json' }), ledger: createLedger(), freshSince: began };
    expect((await t.send(again)).body).toMatchObject({ id: '9' });
    expect(t.take()).toEqual([]);
    expect(again.ledger).toEqual({ upstreamCalls: 0, notModified: 0, fromCache: 1 });
    expect(t.metrics.snapshot().freshAnswers).toBe(1);

    // An operation that began in the millisecond of that call, or after, revalidates.
    await t.getSince(began + 1, '/todos/9.json');
    await t.getSince(t.clock.now(), '/todos/9.json');
    await t.get('/todos/9.json'); // a call outside any operation, as before
    expect(t.take()).toEqual(['GET /todos/9.json', 'GET /todos/9.json', 'GET /todos/9.json']);
  });

  it('serves an operation the answer of a call that was in flight when it began, as joining it would have', async () => {
    const t = setup({ freshForMs: 0, watchedFreshForMs: 0 });
    let release!: () => void;
    t.hold(new Promise<void>((resolve) => (release = resolve)));
    const earlier = t.get('/todos/9.json'); // sent at T, by another operation
    while (t.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    t.hold(undefined);
    t.clock.time += 1;
    const began = t.clock.now(); // this operation begins while the call is in flight
    t.clock.time += 1;
    release();
    await earlier; // answered at T+2
    await t.getSince(began, '/todos/9.json');
    expect(t.take()).toEqual(['GET /todos/9.json']);

    // Answered in the very millisecond an operation began: maybe before it, so not fresh for it.
    await t.getSince(t.clock.now(), '/todos/9.json');
    expect(t.take()).toEqual(['GET /todos/9.json']);
  });

  it('revalidates within the operation once a write has marked the entry', async () => {
    const t = setup({ freshForMs: 0, watchedFreshForMs: 0 });
    const began = t.clock.now();
    t.clock.time += 1;
    await t.getSince(began, '/todos/9.json');
    t.clock.time += 1;
    await t.write('PUT', '/todos/9.json');
    t.clock.time += 1;
    await t.getSince(began, '/todos/9.json');
    await t.getSince(began, '/todos/9.json'); // that revalidation, sent after the write, serves the next
    expect(t.take()).toEqual(['GET /todos/9.json', 'PUT /todos/9.json', 'GET /todos/9.json']);
  });

  it('stops trusting an entry once marks of changes after it may have expired', async () => {
    const t = setup({ freshForMs: 0, watchedFreshForMs: 0 }); // marks live 60 s past the 0 windows
    const began = t.clock.now();
    t.clock.time += 1;
    await t.getSince(began, '/todos/9.json');
    t.clock.time += 59 * SECOND;
    await t.getSince(began, '/todos/9.json');
    expect(t.take()).toEqual(['GET /todos/9.json']);
    t.clock.time += 1 * SECOND;
    await t.getSince(began, '/todos/9.json');
    expect(t.take()).toEqual(['GET /todos/9.json']);
  });

  it('reads the stored entry once per GET: the cache layer below takes the one the freshness layer read', async () => {
    const memory = createMemoryCacheStore();
    let reads = 0;
    const counting: CacheStore = {
      get: (key) => ((reads += 1), memory.get(key)),
      set: (key, entry) => memory.set(key, entry),
      delete: (key) => memory.delete(key),
      deletePrefix: (prefix) => memory.deletePrefix(prefix),
      clear: () => memory.clear(),
      get size() {
        return memory.size;
      },
    };
    const t = setup({ freshForMs: 0, watchedFreshForMs: 0, cacheStore: counting });
    await t.getSince(t.clock.now(), '/todos/9.json');
    await t.getSince(t.clock.now(), '/todos/9.json');
    expect(t.take()).toHaveLength(2); // both revalidate: the second operation began after the first call
    expect(reads).toBe(2);
  });
});

describe('watched projects', () => {
  it('keeps covered objects of a watched project fresh for the watched window', async () => {
    const t = setup({ freshForMs: 0, watchedFreshForMs: 5 * 60 * SECOND });
    const paths = ['/projects/1.json', '/todosets/40.json', '/todolists/2/todos.json', '/recordings/9/comments.json', '/todos/9.json', '/people/5.json'];
    for (const path of paths) await t.get(path);
    t.take();
    for (const path of paths) await t.get(path);
    expect(t.take()).toHaveLength(paths.length); // nothing watched yet

    await t.freshness.watch('999', '1', true);
    expect(await t.freshness.isWatched('999', '1')).toBe(true);
    expect(await t.freshness.isWatched('999', '2')).toBe(false);
    t.clock.time += 1;
    for (const path of paths) await t.get(path); // validated before watching: once more
    expect(t.take()).toHaveLength(paths.length);

    t.clock.time += 4 * 60 * SECOND;
    for (const path of paths) await t.get(path);
    // The project itself and people follow FRESH_FOR; the empty comments list is placed by its to-do.
    expect(t.take()).toEqual(['GET /projects/1.json', 'GET /people/5.json']);

    t.clock.time += 60 * SECOND;
    for (const path of paths) await t.get(path);
    expect(t.take()).toHaveLength(paths.length);
  });

  it('with FRESH_FOR at 0 and nothing watched, asks the stores nothing beyond the watched set', async () => {
    const memory = createMemoryFreshnessStore();
    const asked: string[] = [];
    const counting: FreshnessStore = {
      ...memory,
      latestMark: (...args) => (asked.push('latestMark'), memory.latestMark(...args)),
      watchedProjects: (...args) => (asked.push('watchedProjects'), memory.watchedProjects(...args)),
    };
    const t = setup({ freshForMs: 0, store: counting });
    for (let i = 0; i < 3; i++) for (const path of ['/todolists/2/todos.json', '/people/5.json']) await t.get(path);
    expect(t.take()).toHaveLength(6);
    expect(asked).toEqual(['watchedProjects']); // once per account and second
  });

  it('stops at unwatch, and an invalidation still cuts the window short', async () => {
    const t = setup({ freshForMs: 0 });
    await t.freshness.watch('999', '1', true);
    t.clock.time += 1;
    await t.get('/todolists/2/todos.json');
    await t.get('/todolists/3/todos.json');
    t.take();
    t.clock.time += 1;
    await t.freshness.invalidate('999', ['/buckets/1/todolists/2']);
    await t.get('/todolists/2/todos.json');
    await t.get('/todolists/3/todos.json');
    expect(t.take()).toEqual(['GET /todolists/2/todos.json']);

    await t.freshness.watch('999', '1', false);
    await t.get('/todolists/3/todos.json');
    expect(t.take()).toEqual(['GET /todolists/3/todos.json']);
  });
});

describe('freshness store failures', () => {
  it('revalidates while the store fails, logs once, and after recovery trusts only entries validated since', async () => {
    const memory = createMemoryFreshnessStore();
    let down = false;
    const flaky: FreshnessStore = {
      mark: (...args) => (down ? Promise.reject(new Error('ECONNREFUSED')) : memory.mark(...args)),
      latestMark: (...args) => (down ? Promise.reject(new Error('ECONNREFUSED')) : memory.latestMark(...args)),
      watchedProjects: (...args) => (down ? Promise.reject(new Error('ECONNREFUSED')) : memory.watchedProjects(...args)),
      setWatched: (...args) => memory.setWatched(...args),
      isWatched: (...args) => memory.isWatched(...args),
    };
    const log: string[] = [];
    const t = setup({ store: flaky, log });
    await t.get('/todos/9.json');
    await t.get('/todolists/3/todos.json');
    t.take();

    down = true;
    t.clock.time += 1;
    for (let i = 0; i < 3; i++) expect((await t.get('/todos/9.json')).body).toMatchObject({ id: '9' });
    await t.write('PUT', '/todolists/3.json'); // its mark is lost
    expect(t.take()).toEqual(['GET /todos/9.json', 'GET /todos/9.json', 'GET /todos/9.json', 'PUT /todolists/3.json']);
    expect(log).toEqual([expect.stringContaining('Freshness store failed (ECONNREFUSED)')]);

    down = false;
    t.clock.time += 1;
    await t.get('/todolists/3/todos.json'); // validated before recovery: revalidated, not served
    expect(log).toHaveLength(2);
    expect(log[1]).toContain('answers again');
    t.clock.time += 1;
    await t.get('/todolists/3/todos.json');
    expect(t.take()).toEqual(['GET /todolists/3/todos.json']);
  });
});
