import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { expectMatchesRest, leafSelection, restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const A = SEED.automation;

async function ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await stack.graphql<T>(query, variables ? { variables } : {});
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('every field matches the REST JSON', () => {
  it.each([
    ['Tool', `tool(id: "${A.tools.catalogChat}")`, `/dock/tools/${A.tools.catalogChat}.json`],
    ['Webhook', `webhook(id: "${A.webhooks.catalog}")`, `/webhooks/${A.webhooks.catalog}.json`],
    ['Template', `template(id: "${A.templates.onboarding}")`, `/templates/${A.templates.onboarding}.json`],
    ['SearchMetadata', 'searchMetadata', '/searches/metadata.json'],
  ])('%s', async (type, field, path) => {
    const data = await ok(`{ result: ${field} ${leafSelection(type)} }`);
    expectMatchesRest(data.result, await restGet(stack, path));
  });

  it('Event, RecordingSubscription and SearchResult', async () => {
    const data = await ok(`query($id: ID!) { todo(id: $id) {
      events(first: 1) { nodes ${leafSelection('Event')} }
      recordingSubscription ${leafSelection('RecordingSubscription')}
    } search(query: "catalog", first: 1) { nodes ${leafSelection('SearchResult')} } }`, { id: A.busyTodo });
    expectMatchesRest(data.todo.events.nodes[0], (await restGet(stack, `/recordings/${A.busyTodo}/events.json`))[0]);
    expectMatchesRest(data.todo.recordingSubscription, await restGet(stack, `/recordings/${A.busyTodo}/subscription.json`));
    expectMatchesRest(data.search.nodes[0], (await restGet(stack, '/search.json?q=catalog'))[0]);
  });
});

describe('reads', () => {
  it('lists one recording type across several projects in a single upstream call', async () => {
    const data = await ok(`query($ids: [ID!]) { recordings(type: TODOLIST, projectIds: $ids, sort: UPDATED_AT, first: 100) {
      totalCount nodes { __typename title bucket { basecampId } } } }`, { ids: [SEED.projects.catalog, SEED.projects.bakery] });
    expect(new Set(data.recordings.nodes.map((n: any) => n.bucket.basecampId))).toEqual(new Set([SEED.projects.catalog, SEED.projects.bakery]));
    expect(data.recordings.nodes[0].__typename).toMatch(/Todolist/);
    expect(stack.upstreamPaths()).toEqual([
      `/projects/recordings.json?type=Todolist&bucket=${SEED.projects.catalog}%2C${SEED.projects.bakery}&sort=updated_at`,
    ]);
  });

  it('loads the full recording of a hit read through its containers: a Campfire line and a client reply', async () => {
    const data = await ok(`{ search(query: "Welcome", first: 50) { nodes { basecampId type recording { __typename id basecampId } } } }`);
    const hits = data.search.nodes as { basecampId: string; type: string; recording: { __typename: string; id: string; basecampId: string } | null }[];
    for (const [type, typename] of [['CHAT_LINES_TEXT', 'CampfireLine'], ['CLIENT_REPLY', 'ClientReply']] as const) {
      const hit = hits.find((candidate) => candidate.type === type);
      expect(hit, `a ${type} hit for "Welcome"`).toBeDefined();
      expect(hit!.recording).toMatchObject({ __typename: typename, basecampId: hit!.basecampId });
      // The same global id `node(id:)` answers, with the container ids its key carries.
      const node = await ok('query($id: ID!) { node(id: $id) { id } }', { id: hit!.recording!.id });
      expect(node.node).toEqual({ id: hit!.recording!.id });
    }
  });

  it('searches several projects, types and creators at once with the list filters, and refuses a filter said both ways', async () => {
    const projects = [SEED.projects.catalog, SEED.projects.bakery];
    const data = await ok(`query($projects: [ID!], $types: [String!]) { search(query: "a", projectIds: $projects, types: $types, first: 50) {
      nodes { type bucket { basecampId } } } }`, { projects, types: ['Todo', 'Todolist'] });
    const hits = data.search.nodes as { type: string; bucket: { basecampId: string } }[];
    expect(new Set(hits.map((hit) => hit.bucket.basecampId))).toEqual(new Set(projects));
    expect(new Set(hits.map((hit) => hit.type))).toEqual(new Set(['TODO', 'TODOLIST']));
    expect(stack.upstreamPaths()[0]).toBe(`/search.json?q=a&type_names%5B%5D=Todo&type_names%5B%5D=Todolist&bucket_ids%5B%5D=${SEED.projects.catalog}&bucket_ids%5B%5D=${SEED.projects.bakery}`);

    const mine = await ok(`query($me: [ID!]) { search(query: "a", creatorIds: $me, first: 50) { nodes { creator { basecampId } } } }`, { me: [SEED.people.owner] });
    expect(mine.search.nodes.length).toBeGreaterThan(0);
    expect(mine.search.nodes.every((hit: { creator: { basecampId: string } }) => hit.creator.basecampId === SEED.people.owner)).toBe(true);

    stack.resetLog();
    const both = await stack.graphql(`query($id: ID!) { search(query: "a", projectId: $id, projectIds: [$id]) { totalCount } }`, { variables: { id: SEED.projects.catalog } });
    expect(both.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'projectIds' });
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('pages a recording\'s history, and loads an event by its global id', async () => {
    const data = await ok(`query($id: ID!) { todo(id: $id) { events(first: 20) { totalCount pageInfo { hasNextPage } nodes { id action creator { name } } } } }`, { id: A.busyTodo });
    expect(data.todo.events.totalCount).toBe(A.busyTodoEvents);
    expect(data.todo.events.nodes).toHaveLength(A.busyTodoEvents);
    expect(data.todo.events.pageInfo.hasNextPage).toBe(false);
    const oldest = data.todo.events.nodes.at(-1);
    expect(oldest.action).toBe('created');
    const node = await ok(`query($id: ID!) { node(id: $id) { ... on Event { action } } }`, { id: oldest.id });
    expect(node.node.action).toBe('created');
  });

  it('reads a project\'s webhooks, dock tools and subscription with the fewest calls', async () => {
    const data = await ok(`query($id: ID!) { project(id: $id) {
      webhooks(first: 10) { nodes { payloadUrl active recentDeliveries { response { code } request { body { kind } } } } }
      dock { name tool { title position recordingSubscription { count } } }
    } }`, { id: SEED.projects.catalog });
    expect(data.project.webhooks.nodes[0]).toMatchObject({ active: false, recentDeliveries: [{ response: { code: 200 }, request: { body: { kind: 'todo_created' } } }] });
    const chat = data.project.dock.find((tool: any) => tool.name === 'chat');
    expect(chat.tool).toMatchObject({ title: 'Chat', position: expect.any(Number), recordingSubscription: { count: expect.any(Number) } });
    const paths = stack.upstreamPaths();
    const tools = paths.filter((p) => p.startsWith('/dock/tools/'));
    expect(paths.filter((p) => !p.startsWith('/dock/tools/') && !p.includes('/subscription'))).toEqual([
      `/projects/${SEED.projects.catalog}.json`,
      `/buckets/${SEED.projects.catalog}/webhooks.json`,
      `/webhooks/${A.webhooks.catalog}.json`,
    ]);
    expect(tools).toHaveLength(new Set(tools).size);
    expect(tools).toHaveLength(data.project.dock.length);
    expect(paths.filter((p) => p.endsWith('/subscription.json'))).toHaveLength(data.project.dock.length);
  });
});

describe('writes', () => {
  it('creates, reads, updates, reads and deletes a webhook', async () => {
    const created = await ok(`mutation($p: ID!) { createWebhook(input: { projectId: $p, payloadUrl: "https://hooks.example.test/in", types: [TODO, MESSAGE] }) {
      webhook { id payloadUrl types active } } }`, { p: SEED.projects.bakery });
    const hook = created.createWebhook.webhook;
    expect(hook).toMatchObject({ payloadUrl: 'https://hooks.example.test/in', types: ['Todo', 'Message'], active: true });
    expect((await ok(`query($id: ID!) { node(id: $id) { ... on Webhook { types } } }`, { id: hook.id })).node.types).toEqual(['Todo', 'Message']);
    const updated = await ok(`mutation($id: ID!) { updateWebhook(input: { id: $id, active: false }) { webhook { payloadUrl types active } } }`, { id: hook.id });
    expect(updated.updateWebhook.webhook).toEqual({ payloadUrl: 'https://hooks.example.test/in', types: ['Todo', 'Message'], active: false });
    const everyType = await ok(`mutation($id: ID!) { updateWebhook(input: { id: $id, types: [] }) { webhook { types } } }`, { id: hook.id });
    expect(everyType.updateWebhook.webhook.types).toEqual(['all']);
    const deleted = await ok(`mutation($id: ID!) { deleteWebhook(input: { id: $id }) { deletedId } }`, { id: hook.id });
    expect(deleted.deleteWebhook.deletedId).toBe(hook.id);
    const gone = await stack.graphql(`query($id: ID!) { webhook(id: $id) { active } }`, { variables: { id: hook.id } });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('creates, renames, builds from and trashes a template', async () => {
    const created = await ok(`mutation { createTemplate(input: { name: "Market weekend", description: "Stall, stock, float." }) { template { id name description } } }`);
    const template = created.createTemplate.template;
    const renamed = await ok(`mutation($id: ID!) { updateTemplate(input: { id: $id, name: "Market weekend kit" }) { template { name description } } }`, { id: template.id });
    expect(renamed.updateTemplate.template).toEqual({ name: 'Market weekend kit', description: 'Stall, stock, float.' });
    const built = await ok(`mutation($id: ID!) { createProjectFromTemplate(input: { templateId: $id, name: "June market" }) { projectConstruction { id basecampId status } } }`, { id: template.id });
    expect(built.createProjectFromTemplate.projectConstruction.status).toBe('PENDING');
    const polled = await ok(`query($t: ID!, $c: ID!) { projectConstruction(templateId: $t, id: $c) { status project { name dock { name enabled } } } }`, {
      t: template.id,
      c: built.createProjectFromTemplate.projectConstruction.basecampId,
    });
    expect(polled.projectConstruction).toMatchObject({ status: 'COMPLETED', project: { name: 'June market' } });
    // The global id the mutation answered polls it too.
    const byGlobalId = await ok(`query($t: ID!, $c: ID!) { projectConstruction(templateId: $t, id: $c) { basecampId status } }`, { t: template.id, c: built.createProjectFromTemplate.projectConstruction.id });
    expect(byGlobalId.projectConstruction).toEqual({ basecampId: built.createProjectFromTemplate.projectConstruction.basecampId, status: 'COMPLETED' });
    const trashed = await ok(`mutation($id: ID!) { trashTemplate(input: { id: $id }) { deletedId } }`, { id: template.id });
    expect(trashed.trashTemplate.deletedId).toBe(template.id);
    const listed = await ok(`{ templates(status: TRASHED, first: 50) { nodes { id } } }`);
    expect(listed.templates.nodes.map((t: any) => t.id)).toContain(template.id);
  });

  it('adds, renames, moves, disables, enables and trashes a dock tool', async () => {
    const created = await ok(`mutation($p: ID!) { createTool(input: { projectId: $p, toolType: CHAT, title: "Press chat" }) { tool { id title type position } } }`, { p: SEED.projects.hq });
    const tool = created.createTool.tool;
    expect(tool).toMatchObject({ title: 'Press chat', type: 'CHAT_TRANSCRIPT' });
    expect((await ok(`mutation($id: ID!) { updateTool(input: { id: $id, title: "Print chat" }) { tool { title } } }`, { id: tool.id })).updateTool.tool.title).toBe('Print chat');
    expect((await ok(`mutation($id: ID!) { repositionTool(input: { id: $id, position: 1 }) { tool { position } } }`, { id: tool.id })).repositionTool.tool.position).toBe(1);
    expect((await ok(`mutation($id: ID!) { disableTool(input: { id: $id }) { tool { position } } }`, { id: tool.id })).disableTool.tool.position).toBeNull();
    expect((await ok(`mutation($id: ID!) { enableTool(input: { id: $id }) { tool { position } } }`, { id: tool.id })).enableTool.tool.position).toEqual(expect.any(Number));
    expect((await ok(`mutation($id: ID!) { trashTool(input: { id: $id }) { deletedId } }`, { id: tool.id })).trashTool.deletedId).toBe(tool.id);
    const gone = await stack.graphql(`query($id: ID!) { tool(id: $id) { title } }`, { variables: { id: tool.id } });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('subscribes, updates and unsubscribes, and the history records it', async () => {
    const todo = SEED.todos.inGroup;
    const subscribed = await ok(`mutation($id: ID!) { subscribe(input: { recordingId: $id }) { recordingSubscription { subscribed count } } }`, { id: todo });
    expect(subscribed.subscribe.recordingSubscription.subscribed).toBe(true);
    const updated = await ok(`mutation($id: ID!, $p: ID!) { updateRecordingSubscription(input: { recordingId: $id, subscriberIds: [$p] }) { recordingSubscription { subscribers { basecampId } } } }`, {
      id: todo,
      p: SEED.people.illustrator,
    });
    expect(updated.updateRecordingSubscription.recordingSubscription.subscribers.map((p: any) => p.basecampId)).toContain(SEED.people.illustrator);
    const left = await ok(`mutation($id: ID!) { unsubscribe(input: { recordingId: $id }) { recordingSubscription { subscribed } } }`, { id: todo });
    expect(left.unsubscribe.recordingSubscription.subscribed).toBe(false);
    const history = await ok(`query($id: ID!) { todo(id: $id) { events(first: 3) { nodes { action details { addedPersonIds removedPersonIds } } } } }`, { id: todo });
    expect(history.todo.events.nodes.map((e: any) => e.action)).toEqual(['subscribers_changed', 'subscribers_changed', 'subscribers_changed']);
  });

  it('rejects bad input before any upstream call', async () => {
    const results = await Promise.all([
      stack.graphql(`mutation($p: ID!) { createWebhook(input: { projectId: $p, payloadUrl: "ftp://example.test" }) { webhook { id } } }`, { variables: { p: SEED.projects.bakery } }),
      stack.graphql(`mutation { createTemplate(input: { name: "  " }) { template { id } } }`),
      stack.graphql(`mutation($id: ID!) { updateRecordingSubscription(input: { recordingId: $id, subscriberIds: [] }) { recordingSubscription { count } } }`, { variables: { id: A.busyTodo } }),
      stack.graphql(`mutation($p: ID!) { createTool(input: { projectId: $p }) { tool { id } } }`, { variables: { p: SEED.projects.hq } }),
      stack.graphql(`mutation($id: ID!) { repositionTool(input: { id: $id, position: 0 }) { tool { id } } }`, { variables: { id: A.tools.catalogChat } }),
      stack.graphql(`{ search(query: " ") { totalCount } }`),
    ]);
    for (const result of results) expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(results[0]!.errors?.[0]?.extensions?.field).toBe('payloadUrl');
    expect(stack.upstreamPaths()).toEqual([]);
  });
});
