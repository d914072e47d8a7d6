import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { expectMatchesRest, leafSelection, restGet } from '../helpers/rest.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

const M = SEED.messages;

describe('the message-board read graph', () => {
  it.each([
    ['MessageBoard', 'messageBoard(id: $id)', M.boards.catalog, `/message_boards/${M.boards.catalog}.json`],
    ['Message', 'message(id: $id)', M.messages.thread, `/messages/${M.messages.thread}.json`],
    ['Comment', 'comment(id: $id)', M.comments.onMessage, `/comments/${M.comments.onMessage}.json`],
    ['Comment', 'comment(id: $id)', M.comments.onTodo, `/comments/${M.comments.onTodo}.json`],
    ['Boost', 'boost(id: $id)', M.boosts.onMessage, `/boosts/${M.boosts.onMessage}.json`],
    ['MessageType', `messageType(id: $id, projectId: "${SEED.projects.catalog}")`, M.messageTypes.announcement, `/buckets/${SEED.projects.catalog}/categories/${M.messageTypes.announcement}.json`],
  ])('serves every leaf field of a %s as REST has it', async (type, field, id, path) => {
    const result = await stack.graphql(`query($id: ID!) { node: ${field} ${leafSelection(type)} }`, { variables: { id } });
    expect(result.errors).toBeUndefined();
    expectMatchesRest(result.data.node, await restGet(stack, path));
  });

  it('links a message to its type, board, project and creator, and a boost to what it boosts', async () => {
    const result = await stack.graphql(
      `query($m: ID!, $b: ID!) {
        message(id: $m) { category { basecampId name project { basecampId } } parent { __typename ... on MessageBoard { basecampId } } bucket { basecampId } creator { basecampId } }
        boost(id: $b) { booster { basecampId } recording { __typename ... on Message { basecampId } } }
      }`,
      { variables: { m: M.messages.thread, b: M.boosts.onMessage } },
    );
    expect(result.errors).toBeUndefined();
    const rest = await restGet(stack, `/messages/${M.messages.thread}.json`);
    expect(result.data.message).toEqual({
      category: { basecampId: M.messageTypes.announcement, name: 'Announcement', project: { basecampId: SEED.projects.catalog } },
      parent: { __typename: 'MessageBoard', basecampId: M.boards.catalog },
      bucket: { basecampId: SEED.projects.catalog },
      creator: { basecampId: rest.creator.id },
    });
    expect(result.data.boost.recording).toEqual({ __typename: 'Message', basecampId: M.messages.thread });
  });

  it('reads a board, its messages and their comments in one call per collection', async () => {
    const result = await stack.graphql(
      `query($id: ID!) { project(id: $id) { messageBoard { messagesCount messages(first: 3, sort: CREATED_AT, direction: ASC) {
          totalCount nodes { subject creator { name } category { name }
            comments(first: 2) { totalCount nodes { content creator { name } parent { ... on Message { subject } } } } } } } } }`,
      { variables: { id: SEED.projects.catalog } },
    );
    expect(result.errors).toBeUndefined();
    const board = result.data.project.messageBoard;
    expect(board.messages.totalCount).toBe(M.counts.catalogMessages);
    const [thread] = board.messages.nodes;
    expect(thread.comments.totalCount).toBe(M.counts.threadComments);
    expect(thread.comments.nodes[0].parent).toEqual({ subject: thread.subject });
    const messageIds = (await restGet<{ id: string }[]>(stack, `/message_boards/${M.boards.catalog}/messages.json?direction=asc`)).slice(0, 3).map((m) => m.id);
    stack.resetLog();
    await stack.graphql(
      `query($id: ID!) { project(id: $id) { messageBoard { messages(first: 3, sort: CREATED_AT, direction: ASC) {
          nodes { creator { name } comments(first: 2) { nodes { parent { ... on Message { subject } } } } } } } } }`,
      { variables: { id: SEED.projects.catalog } },
    );
    // Creators are embedded and each comment's parent was primed by the message list: no extra calls.
    expect(stack.upstreamPaths().sort()).toEqual(
      [
        `/projects/${SEED.projects.catalog}.json`,
        `/message_boards/${M.boards.catalog}.json`,
        `/message_boards/${M.boards.catalog}/messages.json?direction=asc`,
        ...messageIds.map((id) => `/recordings/${id}/comments.json`),
      ].sort(),
    );
  });

  it('follows the Link header through a thread longer than one upstream page', async () => {
    const result = await stack.graphql(`query($id: ID!) { message(id: $id) { comments(first: 20) { totalCount pageInfo { hasNextPage } nodes { basecampId } } } }`, {
      variables: { id: M.messages.thread },
    });
    expect(result.data.message.comments.totalCount).toBe(M.counts.threadComments);
    expect(result.data.message.comments.nodes).toHaveLength(M.counts.threadComments);
    expect(result.data.message.comments.pageInfo.hasNextPage).toBe(false);
    expect(stack.upstreamPaths().filter((path) => path.includes('/comments.json'))).toEqual([
      `/recordings/${M.messages.thread}/comments.json`,
      `/recordings/${M.messages.thread}/comments.json?page=2`,
    ]);
  });

  it('gives comments and boosts to any recording that has them, and null where Basecamp has no URL', async () => {
    const result = await stack.graphql(
      `query($todo: ID!, $comment: ID!) {
        todo(id: $todo) { comments(first: 5) { nodes { basecampId } } boosts { totalCount } }
        comment(id: $comment) { comments { totalCount } boosts { nodes { content } } }
      }`,
      { variables: { todo: M.commentedTodo, comment: M.comments.onMessage } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.todo.comments.nodes.map((c: any) => c.basecampId)).toContain(M.comments.onTodo);
    expect(result.data.todo.boosts.totalCount).toBe(0);
    expect(result.data.comment.comments).toBeNull();
    expect(result.data.comment.boosts.nodes).toEqual([{ content: 'Thanks!' }]);
  });

  it('lists message types, everything-lists and event boosts', async () => {
    const result = await stack.graphql(
      `query($p: ID!, $r: ID!) {
        project(id: $p) { messageTypes { name icon } }
        messages(first: 1) { totalCount }
        comments(first: 1) { totalCount }
        todo(id: $r) { events(first: 50) { nodes { basecampId action boostsCount boosts { nodes { basecampId content } } } } }
      }`,
      { variables: { p: SEED.projects.catalog, r: M.eventRecording } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.project.messageTypes.map((t: any) => t.name)).toEqual(['Announcement', 'Heads-up', 'Question']);
    const everyMessage = await fetch(`${stack.apiRoot}/messages.json`, { headers: { authorization: `Bearer ${stack.sandbox.tokens.owner}`, 'user-agent': 'x (x@example.test)' } });
    expect(result.data.messages.totalCount).toBe(Number(everyMessage.headers.get('x-total-count')));
    expect(result.data.comments.totalCount).toBeGreaterThan(M.counts.threadComments);
    const completed = result.data.todo.events.nodes.find((event: any) => event.basecampId === M.events.completed);
    expect(completed).toEqual({ basecampId: M.events.completed, action: 'completed', boostsCount: 1, boosts: { nodes: [{ basecampId: M.boosts.onEvent, content: 'Nice one' }] } });
  });
});

describe('message-board mutations', () => {
  const MESSAGE = 'id basecampId subject content status category { name } commentsCount';

  it('runs create → read → update → read → pin → trash → read for a message', async () => {
    const created = await stack.graphql(
      `mutation($input: CreateMessageInput!) { createMessage(input: $input) { message { ${MESSAGE} } } }`,
      { variables: { input: { messageBoardId: M.boards.catalog, subject: 'Paper test results', content: '<div>Stock B wins.</div>', categoryId: M.messageTypes.announcement } } },
    );
    expect(created.errors).toBeUndefined();
    const message = created.data.createMessage.message;
    expect(message).toMatchObject({ subject: 'Paper test results', content: '<div>Stock B wins.</div>', category: { name: 'Announcement' }, status: 'ACTIVE' });
    expect(stack.upstreamPaths()).toEqual([`/message_boards/${M.boards.catalog}/messages.json`]);

    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on Message { ${MESSAGE} } } }`, { variables: { id: message.id } });
    expect(read.data.node).toEqual(message);

    // Only the subject changes: content and type survive the PUT.
    const updated = await stack.graphql(`mutation($id: ID!) { updateMessage(input: { id: $id, subject: "Paper test: stock B" }) { message { ${MESSAGE} } } }`, { variables: { id: message.id } });
    expect(updated.data.updateMessage.message).toEqual({ ...message, subject: 'Paper test: stock B' });
    const cleared = await stack.graphql(`mutation($id: ID!) { updateMessage(input: { id: $id, categoryId: null }) { message { category { name } content } } }`, { variables: { id: message.id } });
    expect(cleared.data.updateMessage.message).toEqual({ category: null, content: '<div>Stock B wins.</div>' });
    const reread = await stack.graphql(`query($id: ID!) { message(id: $id) { subject category { name } } }`, { variables: { id: message.id } });
    expect(reread.data.message).toEqual({ subject: 'Paper test: stock B', category: null });

    const pinned = await stack.graphql(`mutation($id: ID!) { pinMessage(input: { id: $id }) { message { basecampId } } }`, { variables: { id: message.id } });
    expect(pinned.data.pinMessage.message.basecampId).toBe(message.basecampId);
    const board = await stack.graphql(`query($id: ID!) { messageBoard(id: $id) { messages(first: 1, direction: ASC) { nodes { basecampId } } } }`, { variables: { id: M.boards.catalog } });
    expect(board.data.messageBoard.messages.nodes).toEqual([{ basecampId: message.basecampId }]);
    await stack.graphql(`mutation($id: ID!) { unpinMessage(input: { id: $id }) { message { basecampId } } }`, { variables: { id: message.id } });

    const trashed = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId } }`, { variables: { id: message.id } });
    expect(trashed.data.trashRecording.deletedId).toBe(message.id);
    const gone = await stack.graphql(`query($id: ID!) { message(id: $id) { subject } }`, { variables: { id: message.id } });
    expect(gone.data.message).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('keeps a message as a draft when asked, only in myDrafts, and publishMessage puts it on its board', async () => {
    const drafted = await stack.graphql(
      `mutation($board: ID!) { createMessage(input: { messageBoardId: $board, subject: "Launch plan", content: "<div>First <b>draft</b>.</div>", status: DRAFTED }) { message { id basecampId status } messageEdge { cursor } } }`,
      { variables: { board: M.boards.catalog } },
    );
    expect(drafted.errors).toBeUndefined();
    const message = drafted.data.createMessage.message;
    expect(message.status).toBe('DRAFTED');
    expect(drafted.data.createMessage.messageEdge).toBeNull();
    expect(stack.upstreamPaths()).toEqual([`/message_boards/${M.boards.catalog}/messages.json`]);

    const where = `query($board: ID!) { messageBoard(id: $board) { messages(first: 50) { nodes { basecampId } } } myDrafts(first: 50) { nodes { basecampId type excerpt } } }`;
    const before = await stack.graphql(where, { variables: { board: M.boards.catalog } });
    expect(before.data.messageBoard.messages.nodes).not.toContainEqual({ basecampId: message.basecampId });
    expect(before.data.myDrafts.nodes).toContainEqual({ basecampId: message.basecampId, type: 'MESSAGE', excerpt: 'First draft.' });

    stack.resetLog();
    const published = await stack.graphql(`mutation($id: ID!) { publishMessage(input: { id: $id }) { message { status subject content } messageEdge { node { basecampId } } } }`, {
      variables: { id: message.id },
    });
    expect(published.errors).toBeUndefined();
    expect(published.data.publishMessage).toEqual({
      message: { status: 'ACTIVE', subject: 'Launch plan', content: '<div>First <b>draft</b>.</div>' },
      messageEdge: { node: { basecampId: message.basecampId } },
    });
    expect(stack.sandbox.log.slice(0, 2).map((entry) => `${entry.method} ${entry.path.replace(`/${stack.sandbox.accountId}`, '')}`)).toEqual([
      `GET /messages/${message.basecampId}.json`,
      `PUT /messages/${message.basecampId}.json`,
    ]);
    const after = await stack.graphql(where, { variables: { board: M.boards.catalog } });
    expect(after.data.messageBoard.messages.nodes).toContainEqual({ basecampId: message.basecampId });
    expect(after.data.myDrafts.nodes.map((node: { basecampId: string }) => node.basecampId)).not.toContain(message.basecampId);

    const again = await stack.graphql(`mutation($id: ID!) { publishMessage(input: { id: $id }) { message { status } } }`, { variables: { id: message.id } });
    expect(again.data.publishMessage.message.status).toBe('ACTIVE');
  });

  it('refuses a comment, a subscription or a trashing on the global id of something that is not a recording, before any call', async () => {
    stack.resetLog();
    const person = encodeGlobalId('Person', stack.sandbox.accountId, SEED.people.owner);
    const project = encodeGlobalId('Project', stack.sandbox.accountId, SEED.projects.catalog);
    const comment = await stack.graphql('mutation($id: ID!) { createComment(input: { recordingId: $id, content: "<div>x</div>" }) { comment { id } } }', { variables: { id: person } });
    expect(comment.errors?.[0]).toMatchObject({ message: 'recordingId: must be the id of a recording, got the id of a Person', extensions: { code: 'BAD_USER_INPUT', field: 'recordingId' } });
    const trashed = await stack.graphql('mutation($id: ID!) { trashRecording(input: { id: $id }) { basecampId } }', { variables: { id: project } });
    expect(trashed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('runs create → read → update → read → trash → read for a comment on a to-do', async () => {
    const created = await stack.graphql(`mutation($id: ID!) { createComment(input: { recordingId: $id, content: "<div>On it.</div>" }) { comment { id content parent { basecampId } } } }`, {
      variables: { id: M.commentedTodo },
    });
    expect(created.errors).toBeUndefined();
    const comment = created.data.createComment.comment;
    expect(comment).toMatchObject({ content: '<div>On it.</div>', parent: { basecampId: M.commentedTodo } });
    const listed = await stack.graphql(`query($id: ID!) { todo(id: $id) { commentsCount comments(first: 50) { nodes { id } } } }`, { variables: { id: M.commentedTodo } });
    expect(listed.data.todo.comments.nodes.map((c: any) => c.id)).toContain(comment.id);

    const updated = await stack.graphql(`mutation($id: ID!) { updateComment(input: { id: $id, content: "<div>Done.</div>" }) { comment { content } } }`, { variables: { id: comment.id } });
    expect(updated.data.updateComment.comment.content).toBe('<div>Done.</div>');
    const read = await stack.graphql(`query($id: ID!) { comment(id: $id) { content } }`, { variables: { id: comment.id } });
    expect(read.data.comment.content).toBe('<div>Done.</div>');

    await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId } }`, { variables: { id: comment.id } });
    const gone = await stack.graphql(`query($id: ID!) { comment(id: $id) { content } }`, { variables: { id: comment.id } });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('runs create → read → update → read → delete → read for a message type', async () => {
    const created = await stack.graphql(`mutation($p: ID!) { createMessageType(input: { projectId: $p, name: "Recap", icon: "📝" }) { messageType { id basecampId name icon } } }`, {
      variables: { p: SEED.projects.catalog },
    });
    expect(created.errors).toBeUndefined();
    const type = created.data.createMessageType.messageType;
    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on MessageType { id basecampId name icon } } }`, { variables: { id: type.id } });
    expect(read.data.node).toEqual(type);

    const updated = await stack.graphql(`mutation($id: ID!) { updateMessageType(input: { id: $id, name: "Weekly recap" }) { messageType { name icon } } }`, { variables: { id: type.id } });
    expect(updated.data.updateMessageType.messageType).toEqual({ name: 'Weekly recap', icon: '📝' });
    const plain = await stack.graphql(`query($id: ID!, $p: ID!) { messageType(id: $id, projectId: $p) { name } }`, { variables: { id: type.basecampId, p: SEED.projects.catalog } });
    expect(plain.data.messageType.name).toBe('Weekly recap');

    const deleted = await stack.graphql(`mutation($id: ID!) { deleteMessageType(input: { id: $id }) { deletedId } }`, { variables: { id: type.id } });
    expect(deleted.data.deleteMessageType.deletedId).toBe(type.id);
    const gone = await stack.graphql(`query($id: ID!) { node(id: $id) { id } }`, { variables: { id: type.id } });
    expect(gone.data.node).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('boosts a message and an event, then takes the boost back', async () => {
    const created = await stack.graphql(`mutation($id: ID!) { createBoost(input: { recordingId: $id, content: "🙌" }) { boost { id content booster { basecampId } recording { basecampId } } } }`, {
      variables: { id: M.messages.thread },
    });
    expect(created.errors).toBeUndefined();
    const boost = created.data.createBoost.boost;
    expect(boost).toMatchObject({ content: '🙌', booster: { basecampId: SEED.people.owner }, recording: { basecampId: M.messages.thread } });
    const listed = await stack.graphql(`query($id: ID!) { message(id: $id) { boostsCount boosts(first: 50) { nodes { id } } } }`, { variables: { id: M.messages.thread } });
    expect(listed.data.message.boosts.nodes.map((b: any) => b.id)).toContain(boost.id);

    const onEvent = await stack.graphql(
      `mutation($r: ID!, $e: ID!) { createEventBoost(input: { eventId: $e, recordingId: $r, content: "✅" }) { boost { content } } }`,
      { variables: { r: M.eventRecording, e: M.events.completed } },
    );
    expect(onEvent.data.createEventBoost.boost.content).toBe('✅');
    // A global Event id names its recording, so it is enough on its own.
    const history = await stack.graphql(`query($r: ID!) { todo(id: $r) { events(first: 50) { nodes { id basecampId } } } }`, { variables: { r: M.eventRecording } });
    const createdEvent = history.data.todo.events.nodes.find((event: any) => event.basecampId === M.events.created);
    stack.resetLog();
    const refused = await stack.graphql(`mutation($e: ID!) { createEventBoost(input: { eventId: $e, content: "✅" }) { boost { content } } }`, { variables: { e: createdEvent.id } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(stack.upstreamPaths()).toEqual([`/recordings/${M.eventRecording}/events/${M.events.created}/boosts.json`]);

    const deleted = await stack.graphql(`mutation($id: ID!) { deleteBoost(input: { id: $id }) { deletedId } }`, { variables: { id: boost.id } });
    expect(deleted.data.deleteBoost.deletedId).toBe(boost.id);
    const gone = await stack.graphql(`query($id: ID!) { boost(id: $id) { content } }`, { variables: { id: boost.id } });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('rejects input Basecamp would refuse before any upstream call, naming the field', async () => {
    const blank = await stack.graphql(`mutation($id: ID!) { createMessage(input: { messageBoardId: $id, subject: " " }) { message { id } } }`, { variables: { id: M.boards.catalog } });
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'subject' } });
    const long = await stack.graphql(`mutation($id: ID!) { createBoost(input: { recordingId: $id, content: "far too long for a boost" }) { boost { id } } }`, { variables: { id: M.messages.thread } });
    expect(long.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'content' } });
    const noRecording = await stack.graphql(`mutation($e: ID!) { createEventBoost(input: { eventId: $e, content: "✅" }) { boost { id } } }`, { variables: { e: M.events.completed } });
    expect(noRecording.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'recordingId' } });
    const noProject = await stack.graphql(`mutation($id: ID!) { updateMessageType(input: { id: $id, name: "x" }) { messageType { id } } }`, { variables: { id: M.messageTypes.announcement } });
    expect(noProject.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'projectId' } });
    const blankComment = await stack.graphql(`mutation($id: ID!) { createComment(input: { recordingId: $id, content: "" }) { comment { id } } }`, { variables: { id: M.messages.thread } });
    expect(blankComment.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'content' } });
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('passes Basecamp\'s own 422 through when a message type belongs to another project', async () => {
    const result = await stack.graphql(`mutation($id: ID!, $c: ID!) { createMessage(input: { messageBoardId: $id, subject: "x", categoryId: $c }) { message { id } } }`, {
      variables: { id: M.boards.hq, c: M.messageTypes.announcement },
    });
    expect(result.data.createMessage).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('message type of this project'), extensions: { code: 'BAD_USER_INPUT', status: 422 } });
    expect(stack.upstreamPaths()).toEqual([`/message_boards/${M.boards.hq}/messages.json`]);
  });
});
