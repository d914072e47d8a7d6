import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCS_DIR } from '../../scripts/sandbox-coverage.ts';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.ts';
import { Router } from '../../src/sandbox/router.ts';
import { allRoutes } from '../../src/sandbox/routes/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { readableSgid } from '../../src/sandbox/shapes/personal.ts';
import { docsExamples, type DocsExample } from './docs-examples.ts';

/**
 * Replays every example request of the official docs (each "Copy as cURL" and each "Example JSON
 * Request" no cURL repeats) against a fresh sandbox over loopback HTTP, with the docs' example ids
 * swapped for seeded ones, and expects Basecamp's answer: a 2xx, and the very 2xx the docs name
 * for that endpoint when they name one. A rejection fails with the status and body.
 *
 * A cURL whose method or path matches no endpoint line of its heading is replayed as written but
 * held to no documented status: "Delete a Campfire line" (campfires.md) shows a cURL without
 * `-X DELETE`, so it is a GET of the line.
 */

const hasDocs = existsSync(DOCS_DIR);
if (!hasDocs) console.log(`Docs examples skipped: the official API docs are not at ${DOCS_DIR}.`);

const USER_AGENT = 'Docs examples test (sandbox-tests@example.com)';

/**
 * Examples the test cannot send as they stand, by `METHOD path` as the docs write them. The
 * parser flags each (other host, binary body, secret URL, broken shell), and the test checks this
 * list names exactly those, so it cannot go stale.
 */
const NOT_REPLAYED: Record<string, string> = {
  // OAuth lives on launchpad.37signals.com, not on the API host the sandbox stands in for.
  'GET https://launchpad.37signals.com/authorization.json': 'Launchpad (OAuth) request, not the API host',
  // Raw file bytes (`--data-binary @pizza.png`, Content-Type image/png), not JSON; the upload
  // flows are covered by test/sandbox/files.test.ts and chat.test.ts with bodies of our own.
  'POST /attachments.json?name=pizza.png': 'binary file upload (--data-binary @pizza.png)',
  'POST /chats/2/uploads.json?name=logo.png': 'binary file upload (--data-binary @logo.png)',
  // The account logo is a multipart form (`-F "logo=@company-logo.png"`), not JSON.
  'PUT /account/logo.json': 'multipart file upload (-F logo=@company-logo.png)',
  // A chatbot posts with the secret key of its own lines_url, which the docs leave as a
  // placeholder; test/sandbox/chatbot-lines.test.ts posts these with a real key instead.
  'POST /integrations/$CHATBOT_KEY/buckets/1/chats/2/lines.json': 'chatbot key URL, no bearer token',
  'POST /integrations/$CHATBOT_KEY/buckets/1/chats/2/lines.json?content_param=text': 'chatbot key URL, no bearer token',
  // Docs slips: `-d '{"content":"… isn't …"}'` ends the shell quote at the apostrophe, so the cURL
  // does not run. The JSON request block of the same heading is replayed instead.
  'PUT /comments/2.json (cURL)': "the cURL's quoting breaks on an apostrophe; its request block is replayed",
  'PUT /documents/2.json (cURL)': "the cURL's quoting breaks on an apostrophe; its request block is replayed",
};

/** The key NOT_REPLAYED uses: `METHOD path?query`, plus ` (cURL)` when a request block of the same name is replayed. */
function notReplayedKey(example: DocsExample, all: DocsExample[]): string {
  const name = `${example.method} ${example.path}${example.query ? `?${example.query}` : ''}`;
  const twin = all.some((other) => other !== example && !other.unsendable && other.method === example.method && other.path === example.path);
  return twin && example.source === 'curl' ? `${name} (cURL)` : name;
}

/** Seeded ids for the docs' example ids, by route parameter name; ROUTE_IDS overrides per route. */
const PARAM_IDS: Record<string, string> = {
  projectId: SEED.projects.catalog,
  todosetId: SEED.todosets.catalog,
  todolistId: SEED.todolists.large,
  todoId: SEED.todos.pending,
  groupId: SEED.groups.first,
  boardId: SEED.messages.boards.catalog,
  messageId: SEED.messages.messages.thread,
  commentId: SEED.messages.comments.onMessage,
  boostId: SEED.messages.boosts.onMessage,
  typeId: SEED.messages.messageTypes.announcement,
  recordingId: SEED.messages.messages.thread,
  campfireId: SEED.chat.campfires.catalog,
  lineId: SEED.chat.lines.text,
  chatbotId: SEED.chat.chatbots.deploy,
  inboxId: SEED.chat.inboxes.catalog,
  forwardId: SEED.chat.forwards.withReplies,
  replyId: SEED.chat.inboxReplies.first,
  approvalId: SEED.chat.approvals.pending,
  correspondenceId: SEED.chat.correspondences.kickoff,
  vaultId: SEED.files.vaults.catalog,
  documentId: SEED.files.documents.brief,
  uploadId: SEED.files.uploads.versioned,
  scheduleId: SEED.schedule.schedules.catalog,
  entryId: SEED.schedule.entries.kickoff,
  questionnaireId: SEED.schedule.questionnaires.catalog,
  questionId: SEED.schedule.questions.daily,
  answerId: SEED.schedule.answer,
  cardTableId: SEED.cards.tables.catalog,
  columnId: SEED.cards.columns.retouching,
  cardId: SEED.cards.cards.withSteps,
  stepId: SEED.cards.steps.pending,
  needleId: SEED.reports.latestNeedle,
  templateId: SEED.automation.templates.onboarding,
  webhookId: SEED.automation.webhooks.catalog,
  markerId: SEED.personal.markers[0]!,
  toolId: SEED.automation.tools.catalogChat,
  personId: SEED.people.member,
};

/**
 * Where a parameter name means a different kind of record on one route (patterns as routes
 * declare them). `bucketId` here overrides the project the other ids' recording lives in.
 */
const ROUTE_IDS: Record<string, Record<string, string>> = {
  '/recordings/:recordingId/events.json': { recordingId: SEED.messages.eventRecording },
  '/recordings/:recordingId/timesheet.json': { recordingId: SEED.reports.todoWithEntries },
  '/recordings/:recordingId/timesheet/entries.json': { recordingId: SEED.reports.todoWithEntries },
  '/timesheet_entries/:entryId.json': { entryId: SEED.reports.entry },
  // The clientside lives in the bakery project.
  '/buckets/:bucketId/client/approvals.json': { bucketId: SEED.projects.bakery },
  '/buckets/:bucketId/client/correspondences.json': { bucketId: SEED.projects.bakery },
  '/buckets/:bucketId/client/recordings/:recordingId/replies.json': { recordingId: SEED.chat.correspondences.kickoff },
  '/buckets/:bucketId/client/recordings/:recordingId/replies/:replyId.json': {
    recordingId: SEED.chat.correspondences.kickoff,
    replyId: SEED.chat.clientReplies.onCorrespondence,
  },
  // The seed's newest answer to the daily question is the owner's.
  '/questions/:questionId/answers/by/:personId.json': { personId: SEED.people.owner },
  '/people/:personId/out_of_office.json': { personId: SEED.personal.outOfOffice.personId },
  '/todosets/:todosetId/hill.json': { todosetId: SEED.reports.hillTodoset },
  '/todosets/:todosetId/hills/settings.json': { todosetId: SEED.reports.hillTodoset },
  // Pinning is for messages (the route names its id messageId); client visibility for a recording that controls its own.
  '/recordings/:recordingId/client_visibility.json': { recordingId: SEED.messages.messages.clientHidden },
};

const router = new Router(allRoutes());

interface Prepared {
  path: string;
  body?: unknown;
}

/** The example's path and body with seeded ids in place of the docs' example ids. */
function prepare(example: DocsExample, sandbox: Sandbox): Prepared {
  const match = router.match(example.method, example.path);
  if (!match) throw new Error(`no sandbox route for ${example.method} ${example.path}`);
  const { route } = match;
  const legacy = example.path.startsWith('/buckets/') && !route.pattern.startsWith('/buckets/');
  const pattern = legacy ? `/buckets/:bucketId${route.pattern}` : route.pattern;
  const ids: Record<string, string> = {};
  for (const name of Object.keys(match.params)) {
    if (name === 'bucketId') continue;
    const id = ROUTE_IDS[route.pattern]?.[name] ?? PARAM_IDS[name];
    if (id === undefined) throw new Error(`no seeded id for :${name} of ${route.pattern}; add one to PARAM_IDS`);
    ids[name] = id;
  }
  // The bucket is the project holding the other ids' recording, else the catalog project.
  const held = Object.values(ids).map((id) => sandbox.state.recordings.get(id)).find((recording) => recording);
  ids.bucketId = ROUTE_IDS[route.pattern]?.bucketId ?? held?.bucketId ?? SEED.projects.catalog;
  const path = pattern.replace(/:(\w+)/g, (_, name: string) => ids[name]!);
  const prepared: Prepared = { path: `${path}${example.query ? `?${example.query}` : ''}` };
  if (example.body !== undefined) prepared.body = mapBody(example.section, route.pattern, structuredClone(example.body) as Record<string, unknown>, ids);
  return prepared;
}

const asNumber = (id: string): number => {
  const value = Number(id);
  if (!Number.isSafeInteger(value)) throw new Error(`id ${id} does not survive as a JSON number`);
  return value;
};

/** Ids inside bodies, mapped to seeded records of the kind the key names. */
function mapBody(section: string, pattern: string, body: Record<string, unknown>, ids: Record<string, string>): Record<string, unknown> {
  const people = (count: number, from: string[]) => from.slice(0, count).map(asNumber);
  const length = (key: string) => (Array.isArray(body[key]) ? (body[key] as unknown[]).length : 0);
  if ('assignee_ids' in body) body.assignee_ids = people(length('assignee_ids'), [SEED.people.member, SEED.people.copywriter]);
  if ('subscriptions' in body) body.subscriptions = people(length('subscriptions'), [SEED.people.illustrator]);
  if ('unsubscriptions' in body) body.unsubscriptions = people(length('unsubscriptions'), [SEED.people.owner]);
  // Project access: grant someone outside the catalog project, revoke someone on it.
  if ('grant' in body) body.grant = people(length('grant'), [SEED.people.client]);
  if ('revoke' in body) body.revoke = people(length('revoke'), [SEED.people.warehouse, SEED.people.bookkeeper]);
  if ('readables' in body) body.readables = Array.from({ length: length('readables') }, () => readableSgid(SEED.personal.ownerNotifications.unreadRecordingId));
  if ('attachable_sgid' in body) body.attachable_sgid = SEED.files.attachment.sgid;
  // Hill charts track the to-do lists of the hill's to-do set.
  if ('tracked' in body) body.tracked = [asNumber(SEED.reports.hillLists[0]!)];
  if ('untracked' in body) body.untracked = [asNumber(SEED.reports.hillLists[1]!)];
  // Dock: clone the project's Campfire.
  if ('source_recording_id' in body) body.source_recording_id = asNumber(SEED.automation.tools.catalogChat);
  // Card moves: another column of the same card table.
  if (pattern === '/card_tables/cards/:cardId/moves.json') body.column_id = asNumber(SEED.cards.columns.done);
  // One endpoint, two docs: card_tables.md moves a card to a column, card_table_columns.md moves
  // a column (not Triage, Not now or Done) within its card table.
  if (pattern === '/card_tables/:cardTableId/moves.json' && section === 'card_tables') {
    body.source_id = asNumber(SEED.cards.cards.withSteps);
    body.target_id = asNumber(SEED.cards.columns.done);
  } else if (pattern === '/card_tables/:cardTableId/moves.json') {
    body.source_id = asNumber(SEED.cards.columns.retouching);
    body.target_id = asNumber(ids.cardTableId!);
  }
  // Step positions: a step of the card.
  if (pattern === '/card_tables/cards/:cardId/positions.json') body.source_id = asNumber(SEED.cards.steps.pending);
  return body;
}

const examples = hasDocs ? docsExamples(DOCS_DIR) : [];
const replayable = examples.filter((example) => !example.unsendable);
const skipped = examples.filter((example) => example.unsendable);
let accepted = 0;

describe.skipIf(!hasDocs)('docs example requests', () => {
  afterAll(() => {
    const notReplayed = skipped.map((example) => `${notReplayedKey(example, examples)} — ${NOT_REPLAYED[notReplayedKey(example, examples)] ?? example.unsendable}`);
    console.log(`docs examples: ${examples.length} found, ${replayable.length} replayed, ${accepted} accepted; not replayed: ${notReplayed.join('; ')}`);
  });

  it('are found, and all replayed but the listed exceptions', () => {
    expect(examples.length).toBeGreaterThan(150);
    expect([...new Set(skipped.map((example) => notReplayedKey(example, examples)))].sort()).toEqual(Object.keys(NOT_REPLAYED).sort());
  });

  it.each(replayable.map((example) => [`${example.method} ${example.path}${example.query ? `?${example.query}` : ''} (${example.section}.md:${example.line}, ${example.source})`, example] as const))(
    '%s',
    async (_name, example) => {
      const sandbox = createSandbox({ rateLimit: false });
      const server = await sandbox.listen();
      try {
        const { path, body } = prepare(example, sandbox);
        const headers: Record<string, string> = { Authorization: `Bearer ${sandbox.tokens.owner}`, 'User-Agent': USER_AGENT };
        if (example.method !== 'GET') headers['Content-Type'] = 'application/json';
        const response = await fetch(`${server.url}/${sandbox.accountId}${path}`, {
          method: example.method,
          headers,
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        const documented2xx = example.documentedStatuses.filter((status) => status >= 200 && status < 300);
        const expected = documented2xx.length > 0 ? documented2xx : [200, 201, 204];
        const verdict = `${example.method} ${path} ${body === undefined ? '' : JSON.stringify(body)} → ${response.status} ${text.slice(0, 500)}`;
        expect(expected, verdict).toContain(response.status);
        accepted += 1;
      } finally {
        await server.close();
      }
    },
  );
});
