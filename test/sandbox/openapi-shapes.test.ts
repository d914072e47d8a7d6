import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'lossless-json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoutes } from '../../src/sandbox/routes/index.ts';
import { SEED } from '../../src/sandbox/seed.ts';
import { startSandbox, type Harness } from './harness.ts';
import { validate, type Schema } from './json-schema.ts';

const specPath = fileURLToPath(new URL('../../../shared/basecamp-api/sdk/openapi.json', import.meta.url));
const hasSpec = existsSync(specPath);
if (!hasSpec) console.log(`openapi-shapes: skipped, the official spec is not at ${specPath}`);

/**
 * Concrete requests for every GET the sandbox serves, keyed by route pattern; [path, token].
 * A new GET route without samples fails the first test below.
 */
const SAMPLES: Record<string, [path: string, as?: string][]> = {
  '/projects.json': [['/projects.json'], ['/projects.json?status=archived'], ['/projects.json', 'client']],
  '/projects/:projectId.json': [
    [`/projects/${SEED.projects.warehouse}.json`],
    [`/projects/${SEED.projects.bakery}.json`],
    [`/projects/${SEED.projects.archived}.json`],
  ],
  '/people.json': [['/people.json'], ['/people.json', 'client']],
  '/people/:personId.json': [[`/people/${SEED.people.client}.json`], [`/people/${SEED.people.owner}.json`]],
  '/my/profile.json': [['/my/profile.json', 'member']],
  '/projects/:projectId/people.json': [[`/projects/${SEED.projects.bakery}/people.json`]],
  '/circles/people.json': [['/circles/people.json']],
  '/projects/recordings.json': [
    ['/projects/recordings.json?type=Todo&sort=updated_at'],
    ['/projects/recordings.json?type=Todolist&direction=asc'],
  ],
  '/todosets/:todosetId.json': [[`/todosets/${SEED.todosets.catalog}.json`], [`/todosets/${SEED.todosets.warehouse}.json`]],
  '/todosets/:todosetId/todolists.json': [
    [`/todosets/${SEED.todosets.catalog}/todolists.json`],
    [`/todosets/${SEED.todosets.catalog}/todolists.json?status=archived`],
  ],
  '/todolists/:todolistId.json': [[`/todolists/${SEED.todolists.withGroups}.json`], [`/todolists/${SEED.groups.first}.json`]],
  '/todolists/:todolistId/groups.json': [[`/todolists/${SEED.todolists.withGroups}/groups.json`]],
  '/todolists/:todolistId/todos.json': [
    [`/todolists/${SEED.todolists.large}/todos.json`],
    [`/todolists/${SEED.todolists.large}/todos.json?completed=true`],
    [`/todolists/${SEED.groups.first}/todos.json`],
  ],
  '/todos/:todoId.json': [
    [`/todos/${SEED.todos.completed}.json`],
    [`/todos/${SEED.todos.withMention}.json`],
    [`/todos/${SEED.todos.inHugeProject}.json`],
  ],
};

/** `/todos/:todoId.json` and `/{accountId}/todos/{todoId}` both become `/todos/{}`. */
function normalise(path: string): string {
  return path
    .replace(/^\/\{accountId\}/, '')
    .replace(/\.json$/, '')
    .replace(/:[A-Za-z]+/g, '{}')
    .replace(/\{[A-Za-z]+\}/g, '{}');
}

describe.skipIf(!hasSpec)('sandbox GET responses against openapi.json', () => {
  let spec: Schema;
  let harness: Harness;
  const getRoutes = allRoutes().filter((route) => route.method === 'GET');

  beforeAll(async () => {
    spec = JSON.parse(readFileSync(specPath, 'utf8')) as Schema;
    harness = await startSandbox();
  });
  afterAll(() => harness?.close());

  function responseSchema(pattern: string): Schema {
    const paths = spec.paths as Record<string, Record<string, Schema>>;
    const specPathKey = Object.keys(paths).find((key) => normalise(key) === normalise(pattern));
    const operation = specPathKey ? paths[specPathKey]?.get : undefined;
    if (!operation) throw new Error(`openapi.json has no GET for ${pattern}`);
    const responses = operation.responses as Record<string, { content?: Record<string, { schema: Schema }> }>;
    const schema = responses['200']?.content?.['application/json']?.schema;
    if (!schema) throw new Error(`openapi.json GET ${pattern} has no 200 JSON schema`);
    return schema;
  }

  it('has samples for every GET route the sandbox serves, and each maps to a spec operation', () => {
    for (const route of getRoutes) {
      expect(SAMPLES[route.pattern], `add samples for GET ${route.pattern}`).toBeDefined();
      expect(() => responseSchema(route.pattern)).not.toThrow();
    }
  });

  it.each(getRoutes.map((route) => route.pattern))('GET %s matches its response schema', async (pattern) => {
    const schema = responseSchema(pattern);
    for (const [path, as] of SAMPLES[pattern] ?? []) {
      const response = await harness.call(path, { as: as ?? 'owner' });
      expect(response.status, path).toBe(200);
      const body: unknown = parse(await response.text());
      if (Array.isArray(body)) expect(body.length, `${path} should not be empty`).toBeGreaterThan(0);
      expect(validate(schema, body, spec), path).toEqual([]);
    }
  });
});
