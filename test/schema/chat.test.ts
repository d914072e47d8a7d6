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

const chat = SEED.chat;
const { hq, catalog, bakery } = SEED.projects;

/** Each chat type, read through the graph, equals the sandbox's REST JSON field for field. */
describe('every field of the chat family matches REST', () => {
  const cases: [typeName: string, query: string, variables: () => Record<string, string>, path: () => string][] = [
    ['Campfire', 'campfire(id: $id)', () => ({ id: chat.campfires.catalog }), () => `/chats/${chat.campfires.catalog}.json`],
    ['CampfireLine', 'campfireLine(id: $id, campfireId: $in)', () => ({ id: chat.lines.richText, in: chat.campfires.catalog }), () => `/chats/${chat.campfires.catalog}/lines/${chat.lines.richText}.json`],
    ['CampfireLine', 'campfireLine(id: $id, campfireId: $in)', () => ({ id: chat.lines.upload, in: chat.campfires.catalog }), () => `/chats/${chat.campfires.catalog}/lines/${chat.lines.upload}.json`],
    [
      'Chatbot',
      'chatbot(id: $id, campfireId: $in, projectId: $project)',
      () => ({ id: chat.chatbots.deploy, in: chat.campfires.hq, project: hq }),
      () => `/buckets/${hq}/chats/${chat.campfires.hq}/integrations/${chat.chatbots.deploy}.json`,
    ],
    ['Inbox', 'inbox(id: $id)', () => ({ id: chat.inboxes.catalog }), () => `/inboxes/${chat.inboxes.catalog}.json`],
    ['Forward', 'forward(id: $id)', () => ({ id: chat.forwards.withReplies }), () => `/inbox_forwards/${chat.forwards.withReplies}.json`],
    ['InboxReply', 'inboxReply(id: $id, forwardId: $in)', () => ({ id: chat.inboxReplies.first, in: chat.forwards.withReplies }), () => `/inbox_forwards/${chat.forwards.withReplies}/replies/${chat.inboxReplies.first}.json`],
    ['ClientApproval', 'clientApproval(id: $id)', () => ({ id: chat.approvals.approved }), () => `/client/approvals/${chat.approvals.approved}.json`],
    ['ClientCorrespondence', 'clientCorrespondence(id: $id)', () => ({ id: chat.correspondences.kickoff }), () => `/client/correspondences/${chat.correspondences.kickoff}.json`],
    [
      'ClientReply',
      'clientReply(id: $id, recordingId: $in, projectId: $project)',
      () => ({ id: chat.clientReplies.onCorrespondence, in: chat.correspondences.kickoff, project: bakery }),
      () => `/buckets/${bakery}/client/recordings/${chat.correspondences.kickoff}/replies/${chat.clientReplies.onCorrespondence}.json`,
    ],
  ];
  for (const [typeName, field, variables, path] of cases) {
    it(`${typeName} (${path().split('/').slice(-2).join('/')})`, async () => {
      const vars = variables();
      const declared = Object.keys(vars).map((name) => `$${name}: ID!`).join(', ');
      const result = await stack.graphql(`query(${declared}) { item: ${field} ${leafSelection(typeName)} }`, { variables: vars });
      expect(result.errors).toBeUndefined();
      expectMatchesRest(result.data.item, await restGet(stack, path()));
    });
  }

  it('finds lines, replies and chatbots again by their global ids', async () => {
    const result = await stack.graphql(
      `query($chat: ID!, $forward: ID!, $project: ID!) {
        campfire(id: $chat) { lines(first: 1) { nodes { id basecampId } } chatbots { nodes { id basecampId } } }
        forward(id: $forward) { replies(first: 1) { nodes { id basecampId } } }
        project(id: $project) { clientCorrespondences(first: 1, direction: ASC) { nodes { replies(first: 1) { nodes { id basecampId } } } } }
      }`,
      { variables: { chat: chat.campfires.catalog, forward: chat.forwards.withReplies, project: bakery } },
    );
    expect(result.errors).toBeUndefined();
    const items = [
      result.data.campfire.lines.nodes[0],
      result.data.campfire.chatbots.nodes[0],
      result.data.forward.replies.nodes[0],
      result.data.project.clientCorrespondences.nodes[0].replies.nodes[0],
    ];
    const again = await stack.graphql(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename ... on CampfireLine { basecampId } ... on Chatbot { basecampId } ... on InboxReply { basecampId } ... on ClientReply { basecampId } } }`, {
      variables: { ids: items.map((item) => item.id) },
    });
    expect(again.errors).toBeUndefined();
    expect(again.data.nodes).toEqual([
      { __typename: 'CampfireLine', basecampId: items[0].basecampId },
      { __typename: 'Chatbot', basecampId: items[1].basecampId },
      { __typename: 'InboxReply', basecampId: items[2].basecampId },
      { __typename: 'ClientReply', basecampId: chat.clientReplies.onCorrespondence },
    ]);
  });
});

describe('reading the chat family', () => {
  it('walks a project\'s Campfire and inbox with one call per resource and page', async () => {
    const result = await stack.graphql(
      `query($id: ID!) {
        project(id: $id) {
          campfire { topic lines(first: 20) { totalCount pageInfo { hasNextPage } nodes { type creator { name } campfire { basecampId } } } }
          inbox { forwardsCount forwards { nodes { subject inbox { basecampId } replies { totalCount nodes { content } } } } }
        }
      }`,
      { variables: { id: catalog } },
    );
    expect(result.errors).toBeUndefined();
    const { campfire, inbox } = result.data.project;
    expect(campfire.lines).toMatchObject({ totalCount: chat.counts.catalogLines, pageInfo: { hasNextPage: true } });
    expect(campfire.lines.nodes).toHaveLength(20);
    expect(campfire.lines.nodes.every((line: any) => line.campfire.basecampId === chat.campfires.catalog)).toBe(true);
    expect(inbox.forwards.nodes).toHaveLength(inbox.forwardsCount);
    const forwards = await restGet<any[]>(stack, `/inboxes/${chat.inboxes.catalog}/inbox_forwards.json`);
    // One GET per tool and per page; the `campfire` and `inbox` back-links reuse the loaded tools,
    // creators come embedded, and the last logged call is the REST read just above.
    expect(stack.upstreamPaths().slice(0, -1).sort()).toEqual(
      [
        `/projects/${catalog}.json`,
        `/chats/${chat.campfires.catalog}.json`,
        `/chats/${chat.campfires.catalog}/lines.json`,
        `/chats/${chat.campfires.catalog}/lines.json?page=2`,
        `/inboxes/${chat.inboxes.catalog}.json`,
        `/inboxes/${chat.inboxes.catalog}/inbox_forwards.json`,
        ...forwards.map((forward) => `/inbox_forwards/${forward.id}/replies.json`),
      ].sort(),
    );
  });

  it('lists every Campfire and every forward across projects', async () => {
    const result = await stack.graphql(`{ campfires(first: 50) { totalCount nodes { basecampId } } forwards(first: 50) { nodes { basecampId bucket { basecampId } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.campfires.nodes.map((c: any) => c.basecampId)).toEqual(expect.arrayContaining(Object.values(chat.campfires)));
    expect(result.data.forwards.nodes.map((f: any) => f.basecampId)).toEqual(expect.arrayContaining([chat.forwards.withReplies, chat.forwards.plain]));
  });

  it('shows the client its approvals, with responses, on the project', async () => {
    const result = await stack.graphql(
      `query($id: ID!) { project(id: $id) { clientApprovals(direction: ASC) { totalCount nodes { subject approvalStatus approver { basecampId } responses { approved creator { basecampId } } repliesCount } } } }`,
      { variables: { id: bakery }, token: stack.sandbox.tokens.client },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.project.clientApprovals.totalCount).toBe(3);
    expect(result.data.project.clientApprovals.nodes[0]).toEqual({
      subject: 'Home page design',
      approvalStatus: 'APPROVED',
      approver: { basecampId: SEED.people.client },
      responses: [{ approved: true, creator: { basecampId: SEED.people.client } }],
      repliesCount: 1,
    });
  });
});

describe('chat mutations', () => {
  const LINE = 'id basecampId type content title';

  it('runs create → read → update → read → delete → read for a Campfire line', async () => {
    const created = await stack.graphql(
      `mutation($in: ID!) { createCampfireLine(input: { campfireId: $in, content: "<p>Shoot moved to <strong>Friday</strong></p>", contentType: TEXT_HTML }) { campfireLine { ${LINE} } } }`,
      { variables: { in: chat.campfires.hq } },
    );
    expect(created.errors).toBeUndefined();
    const line = created.data.createCampfireLine.campfireLine;
    expect(line).toMatchObject({ type: 'CHAT_LINES_RICH_TEXT', title: 'Shoot moved to Friday' });
    expect(stack.upstreamPaths()).toEqual([`/chats/${chat.campfires.hq}/lines.json`]);

    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on CampfireLine { ${LINE} } } }`, { variables: { id: line.id } });
    expect(read.data.node).toEqual(line);

    const updated = await stack.graphql(`mutation($id: ID!) { updateCampfireLine(input: { id: $id, content: "Shoot moved to Saturday" }) { campfireLine { ${LINE} } } }`, {
      variables: { id: line.id },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateCampfireLine.campfireLine).toEqual({ ...line, content: 'Shoot moved to Saturday', title: 'Shoot moved to Saturday' });
    const reread = await stack.graphql(`query($id: ID!, $in: ID!) { campfireLine(id: $id, campfireId: $in) { content } }`, {
      variables: { id: line.basecampId, in: chat.campfires.hq },
    });
    expect(reread.data.campfireLine.content).toBe('Shoot moved to Saturday');

    const deleted = await stack.graphql(`mutation($id: ID!) { deleteCampfireLine(input: { id: $id }) { deletedId basecampId } }`, { variables: { id: line.id } });
    expect(deleted.data.deleteCampfireLine).toEqual({ deletedId: line.id, basecampId: line.basecampId });
    const gone = await stack.graphql(`query($id: ID!) { node(id: $id) { id } }`, { variables: { id: line.id } });
    expect(gone.data.node).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('runs create → read → update → read → delete → read for a chatbot, keeping fields an update leaves out', async () => {
    const created = await stack.graphql(
      `mutation($in: ID!) { createChatbot(input: { campfireId: $in, serviceName: "lunchbot", commandUrl: "https://example.com/lunch" }) { chatbot { id basecampId serviceName commandUrl linesUrl } } }`,
      { variables: { in: chat.campfires.catalog } },
    );
    expect(created.errors).toBeUndefined();
    const bot = created.data.createChatbot.chatbot;
    expect(bot).toMatchObject({ serviceName: 'lunchbot', commandUrl: 'https://example.com/lunch' });
    // Without projectId the Campfire is read once to find its project.
    expect(stack.upstreamPaths()).toEqual([`/chats/${chat.campfires.catalog}.json`, `/buckets/${catalog}/chats/${chat.campfires.catalog}/integrations.json`]);

    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on Chatbot { serviceName commandUrl } } }`, { variables: { id: bot.id } });
    expect(read.data.node).toEqual({ serviceName: 'lunchbot', commandUrl: 'https://example.com/lunch' });

    const renamed = await stack.graphql(`mutation($id: ID!) { updateChatbot(input: { id: $id, serviceName: "brunchbot" }) { chatbot { serviceName commandUrl } } }`, { variables: { id: bot.id } });
    expect(renamed.data.updateChatbot.chatbot).toEqual({ serviceName: 'brunchbot', commandUrl: 'https://example.com/lunch' });
    const cleared = await stack.graphql(`mutation($id: ID!) { updateChatbot(input: { id: $id, commandUrl: null }) { chatbot { serviceName commandUrl } } }`, { variables: { id: bot.id } });
    expect(cleared.data.updateChatbot.chatbot).toEqual({ serviceName: 'brunchbot', commandUrl: null });

    const listed = await stack.graphql(`query($in: ID!) { campfire(id: $in) { chatbots { nodes { serviceName } } } }`, { variables: { in: chat.campfires.hq } });
    expect(listed.data.campfire.chatbots.nodes.map((b: any) => b.serviceName)).toContain('brunchbot');

    const deleted = await stack.graphql(`mutation($id: ID!) { deleteChatbot(input: { id: $id }) { deletedId basecampId } }`, { variables: { id: bot.id } });
    expect(deleted.data.deleteChatbot).toEqual({ deletedId: bot.id, basecampId: bot.basecampId });
    const gone = await stack.graphql(`query($id: ID!) { node(id: $id) { id } }`, { variables: { id: bot.id } });
    expect(gone.data.node).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('shows a to-do list to the client with setClientVisibility, then hides it again', async () => {
    const list = SEED.todolists.clientHidden;
    const asClient = `query($id: ID!) { todolist(id: $id) { name } }`;
    expect((await stack.graphql(asClient, { variables: { id: list }, token: stack.sandbox.tokens.client })).data.todolist).toBeNull();
    const shown = await stack.graphql(
      `mutation($id: ID!) { setClientVisibility(input: { id: $id, visibleToClients: true }) { basecampId visibleToClients recording { __typename visibleToClients } } }`,
      { variables: { id: list } },
    );
    expect(shown.errors).toBeUndefined();
    expect(shown.data.setClientVisibility).toEqual({ basecampId: list, visibleToClients: true, recording: { __typename: 'Todolist', visibleToClients: true } });
    expect((await stack.graphql(asClient, { variables: { id: list }, token: stack.sandbox.tokens.client })).data.todolist).not.toBeNull();
    const hidden = await stack.graphql(`mutation($id: ID!) { setClientVisibility(input: { id: $id, visibleToClients: false }) { visibleToClients } }`, { variables: { id: list } });
    expect(hidden.data.setClientVisibility.visibleToClients).toBe(false);
    // A to-do follows its list: Basecamp's own refusal comes through.
    const refused = await stack.graphql(`mutation($id: ID!) { setClientVisibility(input: { id: $id, visibleToClients: true }) { visibleToClients } }`, {
      variables: { id: SEED.todos.clientHidden },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects input Basecamp would refuse before any upstream call, naming the field', async () => {
    const blank = await stack.graphql(`mutation($in: ID!) { createCampfireLine(input: { campfireId: $in, content: "  " }) { campfireLine { id } } }`, {
      variables: { in: chat.campfires.hq },
    });
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'content' } });
    const spaced = await stack.graphql(`mutation($in: ID!) { createChatbot(input: { campfireId: $in, serviceName: "lunch bot" }) { chatbot { id } } }`, {
      variables: { in: chat.campfires.hq },
    });
    expect(spaced.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'serviceName' } });
    const insecure = await stack.graphql(`mutation($in: ID!) { createChatbot(input: { campfireId: $in, serviceName: "ok", commandUrl: "http://example.com" }) { chatbot { id } } }`, {
      variables: { in: chat.campfires.hq },
    });
    expect(insecure.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'commandUrl' } });
    const orphan = await stack.graphql(`mutation($id: ID!) { updateCampfireLine(input: { id: $id, content: "x" }) { campfireLine { id } } }`, {
      variables: { id: chat.lines.text },
    });
    expect(orphan.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'campfireId' } });
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('passes Basecamp\'s 403 through when someone else edits a line', async () => {
    const result = await stack.graphql(`mutation($id: ID!, $in: ID!) { updateCampfireLine(input: { id: $id, campfireId: $in, content: "mine now" }) { campfireLine { id } } }`, {
      variables: { id: chat.lines.text, in: chat.campfires.catalog },
    });
    expect(result.data.updateCampfireLine).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
