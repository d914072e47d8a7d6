import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'lossless-json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SDK_DIR } from '../../scripts/generators/sdk.ts';
import { allRoutes } from '../../src/sandbox/routes/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startSandbox, type Harness } from './harness.ts';
import { REPORTS_SAMPLES } from './reports.samples.ts';
import { PERSONAL_SAMPLES } from './personal.samples.ts';
import { AUTOMATION_SAMPLES } from './automation.samples.ts';
import { SCHEDULE_SAMPLES } from './schedule.samples.ts';
import { CHAT_SAMPLES } from './chat.samples.ts';
import { validate, type Schema } from './json-schema.ts';

const specPath = fileURLToPath(new URL('openapi.json', SDK_DIR));
const hasSpec = existsSync(specPath);
if (!hasSpec) console.log(`openapi-shapes: skipped, the official spec is not at ${specPath}`);

/**
 * Concrete requests for every GET the sandbox serves, keyed by route pattern; [path, token].
 * A new GET route without samples fails the first test below.
 */
const SAMPLES: Record<string, [path: string, as?: string][]> = {
  '/card_tables/:cardTableId.json': [[`/card_tables/${SEED.cards.tables.catalog}.json`], [`/card_tables/${SEED.cards.tables.bakery}.json`, 'client']],
  '/card_tables/columns/:columnId.json': [[`/card_tables/columns/${SEED.cards.columns.printer}.json`], [`/card_tables/columns/${SEED.cards.columns.triage}.json`]],
  '/card_tables/lists/:columnId/cards.json': [[`/card_tables/lists/${SEED.cards.columns.retouching}/cards.json?page=2`], [`/card_tables/lists/${SEED.cards.columns.done}/cards.json`], [`/card_tables/lists/${SEED.cards.columns.printerOnHold}/cards.json`]],
  '/card_tables/cards/:cardId.json': [[`/card_tables/cards/${SEED.cards.cards.withSteps}.json`], [`/card_tables/cards/${SEED.cards.cards.completed}.json`]],
  '/card_tables/steps/:stepId.json': [[`/card_tables/steps/${SEED.cards.steps.completed}.json`], [`/card_tables/steps/${SEED.cards.steps.pending}.json`]],
  '/cards/open.json': [['/cards/open.json'], ['/cards/open.json?due=with', 'client']],
  '/cards/completed.json': [['/cards/completed.json']],
  '/cards/no_due_date.json': [['/cards/no_due_date.json']],
  '/cards/not_now.json': [['/cards/not_now.json']],
  '/cards/unassigned.json': [['/cards/unassigned.json']],
  '/cards/overdue.json': [['/cards/overdue.json']],
  '/message_boards/:boardId.json': [[`/message_boards/${SEED.messages.boards.catalog}.json`], [`/message_boards/${SEED.messages.boards.bakery}.json`, 'client']],
  '/message_boards/:boardId/messages.json': [[`/message_boards/${SEED.messages.boards.catalog}/messages.json`], [`/message_boards/${SEED.messages.boards.hq}/messages.json?sort=updated_at&direction=asc`]],
  '/messages/:messageId.json': [[`/messages/${SEED.messages.messages.thread}.json`], [`/messages/${SEED.messages.messages.pinned}.json`]],
  '/messages.json': [['/messages.json'], ['/messages.json', 'client']],
  '/buckets/:bucketId/categories.json': [[`/buckets/${SEED.projects.catalog}/categories.json`]],
  '/buckets/:bucketId/categories/:typeId.json': [[`/buckets/${SEED.projects.catalog}/categories/${SEED.messages.messageTypes.announcement}.json`]],
  '/recordings/:recordingId/comments.json': [[`/recordings/${SEED.messages.messages.thread}/comments.json`], [`/recordings/${SEED.messages.commentedTodo}/comments.json`]],
  '/comments/:commentId.json': [[`/comments/${SEED.messages.comments.onMessage}.json`], [`/comments/${SEED.messages.comments.onTodo}.json`]],
  '/comments.json': [['/comments.json']],
  '/recordings/:recordingId/boosts.json': [[`/recordings/${SEED.messages.messages.thread}/boosts.json`], [`/recordings/${SEED.messages.comments.onMessage}/boosts.json`]],
  '/recordings/:recordingId/events/:eventId/boosts.json': [[`/recordings/${SEED.messages.eventRecording}/events/${SEED.messages.events.completed}/boosts.json`]],
  '/boosts/:boostId.json': [[`/boosts/${SEED.messages.boosts.onMessage}.json`], [`/boosts/${SEED.messages.boosts.onEvent}.json`]],
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
  ...PERSONAL_SAMPLES,
  '/projects/recordings.json': [
    ['/projects/recordings.json?type=Todo&sort=updated_at'],
    ['/projects/recordings.json?type=Todolist&direction=asc'],
  ],
  ...AUTOMATION_SAMPLES,
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
  ...REPORTS_SAMPLES,
  ...SCHEDULE_SAMPLES,
  ...CHAT_SAMPLES,
  '/vaults/:vaultId.json': [[`/vaults/${SEED.files.vaults.catalog}.json`], [`/vaults/${SEED.files.vaults.photos}.json`]],
  '/vaults/:vaultId/vaults.json': [[`/vaults/${SEED.files.vaults.catalog}/vaults.json`]],
  '/vaults/:vaultId/documents.json': [[`/vaults/${SEED.files.vaults.catalog}/documents.json`], [`/vaults/${SEED.files.vaults.bakery}/documents.json`, 'client']],
  '/documents/:documentId.json': [[`/documents/${SEED.files.documents.brief}.json`]],
  '/vaults/:vaultId/uploads.json': [[`/vaults/${SEED.files.vaults.photos}/uploads.json`], [`/vaults/${SEED.files.vaults.catalog}/uploads.json`]],
  '/uploads/:uploadId.json': [[`/uploads/${SEED.files.uploads.versioned}.json`], [`/uploads/${SEED.files.uploads.pdf}.json`], [`/uploads/${SEED.files.uploads.inHugeProject}.json`]],
  '/uploads/:uploadId/versions.json': [[`/uploads/${SEED.files.uploads.versioned}/versions.json`]],
  '/cloud_files/:cloudFileId.json': [[`/cloud_files/${SEED.files.cloudFiles.moodboard}.json`]],
  '/google_documents/:googleDocumentId.json': [[`/google_documents/${SEED.files.googleDocuments.budget}.json`]],
  '/stacks.json': [['/stacks.json']],
  '/stacks/:folderId.json': [[`/stacks/${SEED.files.folders.clients}.json`]],
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

  /** Project-scoped forms the docs show but the spec leaves out answer exactly like their flat twins. */
  const SPEC_TWINS: Record<string, string> = {
    '/projects/:projectId/gauge/needles/:needleId.json': '/gauge_needles/:needleId.json',
    '/projects/:projectId/recordings/:recordingId/timesheet.json': '/recordings/:recordingId/timesheet.json',
  };

  function responseSchema(pattern: string): Schema {
    const paths = spec.paths as Record<string, Record<string, Schema>>;
    const specPathKey = Object.keys(paths).find((key) => normalise(key) === normalise(SPEC_TWINS[pattern] ?? pattern));
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
