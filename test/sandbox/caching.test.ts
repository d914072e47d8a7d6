import { afterEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startSandbox, type Harness } from './harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const todoPath = `/todos/${SEED.todos.pending}.json`;
const reads = [
  todoPath,
  `/todolists/${SEED.todolists.large}/todos.json`,
  `/todolists/${SEED.todolists.large}.json`,
  `/todosets/${SEED.todosets.catalog}.json`,
];

describe('HTTP caching', () => {
  it('sends a weak ETag and Last-Modified on GETs and answers 304 without a body to If-None-Match', async () => {
    harness = await startSandbox();
    const first = await harness.call(todoPath);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
    expect(first.headers.get('last-modified')).toMatch(/GMT$/);
    const again = await harness.call(todoPath, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('x-request-id')).toBeTruthy();
  });

  it('answers 304 to If-Modified-Since at or after Last-Modified, and 200 before it', async () => {
    harness = await startSandbox();
    const first = await harness.call(todoPath);
    const lastModified = first.headers.get('last-modified') ?? '';
    expect((await harness.call(todoPath, { headers: { 'If-Modified-Since': lastModified } })).status).toBe(304);
    const earlier = new Date(Date.parse(lastModified) - 1000).toUTCString();
    expect((await harness.call(todoPath, { headers: { 'If-Modified-Since': earlier } })).status).toBe(200);
  });

  it('lets If-None-Match win over If-Modified-Since', async () => {
    harness = await startSandbox();
    const first = await harness.call(todoPath);
    const response = await harness.call(todoPath, {
      headers: { 'If-None-Match': 'W/"stale"', 'If-Modified-Since': first.headers.get('last-modified') ?? '' },
    });
    expect(response.status).toBe(200);
  });

  it('changes the ETag and Last-Modified of every affected read when a to-do is completed', async () => {
    let now = Date.parse('2026-03-01T12:00:00Z');
    harness = await startSandbox({ now: () => now });
    const before = await Promise.all(reads.map(async (path) => (await harness!.call(path)).headers));
    now += 60_000;
    const complete = await harness.call(`/todos/${SEED.todos.pending}/completion.json`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(complete.status).toBe(204);
    for (const [index, path] of reads.entries()) {
      const old = before[index];
      const response = await harness.call(path, { headers: { 'If-None-Match': old?.get('etag') ?? '' } });
      expect(response.status, path).toBe(200);
      expect(response.headers.get('etag'), path).not.toBe(old?.get('etag'));
      expect(response.headers.get('last-modified'), path).toBe(new Date(now).toUTCString());
    }
  });

  it('changes the ETag of a collection when one of its items is trashed', async () => {
    harness = await startSandbox();
    const path = `/todolists/${SEED.todolists.large}/todos.json`;
    const etag = (await harness.call(path)).headers.get('etag') ?? '';
    const trash = await harness.call(`/recordings/${SEED.todos.pending}/status/trashed.json`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(trash.status).toBe(204);
    expect((await harness.call(path, { headers: { 'If-None-Match': etag } })).status).toBe(200);
  });
});
