import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startSandbox();
});
afterAll(() => harness.close());

const catalog = SEED.projects.catalog;
const flatReads: [bucket: string, path: string][] = [
  [catalog, `/todosets/${SEED.todosets.catalog}.json`],
  [catalog, `/todosets/${SEED.todosets.catalog}/todolists.json`],
  [catalog, `/todolists/${SEED.todolists.withGroups}.json`],
  [catalog, `/todolists/${SEED.todolists.withGroups}/groups.json`],
  [catalog, `/todolists/${SEED.groups.first}.json`],
  [catalog, `/todolists/${SEED.todolists.large}/todos.json?page=2`],
  [catalog, `/todos/${SEED.todos.completed}.json`],
  [SEED.projects.warehouse, `/todos/${SEED.todos.inHugeProject}.json`],
];

describe('legacy /buckets/{projectId} routes', () => {
  it.each(flatReads)('return the same body as the flat route (bucket %s, %s)', async (bucket, path) => {
    const flat = await harness.call(path);
    const legacy = await harness.call(`/buckets/${bucket}${path}`);
    expect(flat.status).toBe(200);
    expect(legacy.status).toBe(200);
    expect(await legacy.text()).toBe(await flat.text());
    expect(legacy.headers.get('etag')).toBe(flat.headers.get('etag'));
  });

  it('404 when the bucket is not the resource’s project', async () => {
    const response = await harness.call(`/buckets/${SEED.projects.hq}/todos/${SEED.todos.completed}.json`);
    expect(response.status).toBe(404);
  });

  it('accept writes too', async () => {
    const created = await harness.call(`/buckets/${catalog}/todolists/${SEED.todolists.copy}/todos.json`, {
      method: 'POST',
      body: { content: 'Written through the legacy route' },
    });
    expect(created.status).toBe(201);
    const todo = await json<{ id: string; url: string }>(created);
    expect(todo.url).toBe(`${harness.api}/buckets/${catalog}/todos/${todo.id}.json`);
    const flat = await harness.call(`/todos/${todo.id}.json`);
    expect(await json(flat)).toMatchObject({ content: 'Written through the legacy route' });
  });

  it('also answer without the .json suffix, as the OpenAPI paths are written', async () => {
    const withSuffix = await harness.call(`/todos/${SEED.todos.completed}.json`);
    const without = await harness.call(`/todos/${SEED.todos.completed}`);
    expect(without.status).toBe(200);
    expect(await without.text()).toBe(await withSuffix.text());
  });
});
