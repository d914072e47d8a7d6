import { parse, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { priceOperation } from '../../src/plugins/query-price.ts';
import { encodeGlobalId } from '../../src/resolvers/global-id.ts';
import { schema } from '../../src/schema/index.ts';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { startStack, type Stack } from '../helpers/stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(() => stack.close());
beforeEach(() => stack.resetLog());

// Exactly what the Apollo and urql tests select: a cache updates the list from this alone.
const CREATE_TODO = `mutation($list: ID!, $content: String!) {
  createTodo(input: { todolistId: $list, content: $content }) {
    todo { id }
    todolist { id todosCount completedRatio }
    todoEdge { cursor node { id } }
  }
}`;

const LIST = `query($id: ID!, $after: String) {
  todolist(id: $id) { todosCount completedRatio todos(first: 100, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage } } }
}`;

const upstream = () => stack.sandbox.log.map((entry) => `${entry.method} ${entry.path.slice(`/${stack.sandbox.accountId}`.length)} ${entry.status}`);

/** Runs a create selecting its item, parent and edge; the parent is `parentGlobalId` and the edge's node the item. */
async function createWithEdge(mutation: string, input: unknown, item: string, parentField: string, parentGlobalId: string) {
  const Name = mutation[0]!.toUpperCase() + mutation.slice(1);
  const created = await stack.graphql(`mutation($input: ${Name}Input!) { ${mutation}(input: $input) { ${item} { id } ${parentField} { id } ${item}Edge { cursor node { id } } } }`, {
    variables: { input },
  });
  expect(created.errors).toBeUndefined();
  const payload = created.data[mutation];
  expect(payload[parentField]).toEqual({ id: parentGlobalId });
  expect(payload[`${item}Edge`].node).toEqual(payload[item]);
  return payload;
}

/** The edge is the one the parent's connection gives the item, and `after:` it pages on from there. */
async function expectEdgeInConnection(parentType: string, connection: string, parentGlobalId: string, payload: Record<string, any>, item: string) {
  const read = (after: string | null) =>
    stack.graphql(`query($id: ID!, $after: String) { node(id: $id) { ... on ${parentType} { ${connection}(first: 100, after: $after) { edges { cursor node { id } } } } } }`, {
      variables: { id: parentGlobalId, after },
    });
  const all = (await read(null)).data.node[connection].edges as { cursor: string; node: { id: string } }[];
  const index = all.findIndex((edge) => edge.node.id === payload[item].id);
  expect(all[index]).toEqual(payload[`${item}Edge`]);
  const rest = await read(payload[`${item}Edge`].cursor);
  expect(rest.errors).toBeUndefined();
  expect(rest.data.node[connection].edges).toEqual(all.slice(index + 1));
}

describe('mutation payloads carry what a client cache needs', () => {
  it('createTodo returns the to-do, its list with the new counts, and its edge, reading the list once', async () => {
    const listId = encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.copy);
    const before = await stack.graphql(LIST, { variables: { id: listId } });
    expect(before.errors).toBeUndefined();
    const countBefore = before.data.todolist.todosCount as number;
    expect(countBefore).toBeGreaterThan(0);
    stack.resetLog();

    const created = await stack.graphql(CREATE_TODO, { variables: { list: listId, content: 'Check the proofs' } });
    expect(created.errors).toBeUndefined();
    const { todo, todolist, todoEdge } = created.data.createTodo;
    expect(todolist).toEqual({ id: listId, todosCount: countBefore + 1, completedRatio: expect.stringMatching(new RegExp(`/${countBefore + 1}$`)) });
    expect(todoEdge.node).toEqual({ id: todo.id });
    // The write, then (side by side) one read of the list, which changed, so a 200 although this
    // token had it cached, and the one page of to-dos that holds the new edge.
    expect(upstream()[0]).toBe(`POST /todolists/${SEED.todolists.copy}/todos.json 201`);
    expect(upstream().slice(1).sort()).toEqual([`GET /todolists/${SEED.todolists.copy}.json 200`, `GET /todolists/${SEED.todolists.copy}/todos.json 200`]);

    // The edge's cursor is the one the list itself gives that item, and pages on from it.
    const listed = await stack.graphql(LIST, { variables: { id: listId } });
    const edges = listed.data.todolist.todos.edges as { cursor: string; node: { id: string } }[];
    expect(edges.at(-1)).toEqual({ cursor: todoEdge.cursor, node: { id: todo.id } });
    const next = await stack.graphql(CREATE_TODO, { variables: { list: listId, content: 'Send the proofs back' } });
    const afterFirst = await stack.graphql(LIST, { variables: { id: listId, after: todoEdge.cursor } });
    expect(afterFirst.errors).toBeUndefined();
    expect(afterFirst.data.todolist.todos.edges).toEqual([next.data.createTodo.todoEdge]);
    const afterLast = await stack.graphql(LIST, { variables: { id: listId, after: next.data.createTodo.todoEdge.cursor } });
    expect(afterLast.data.todolist.todos).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
  });

  it('finds the edge of a to-do added at the bottom of a list that spans several pages', async () => {
    const listId = encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.large);
    const created = await stack.graphql(CREATE_TODO, { variables: { list: listId, content: 'One more for the large list' } });
    expect(created.errors).toBeUndefined();
    const { todo, todoEdge } = created.data.createTodo;
    expect(todoEdge.node).toEqual({ id: todo.id });
    // 129 pending to-dos: pages of 15, 30, 50 and 34; the 100-item window ends inside the last page,
    // whose second read is answered by the call this operation made after its write: no 304.
    const pages = upstream().filter((line) => line.startsWith(`GET /todolists/${SEED.todolists.large}/todos.json`));
    expect(pages).toEqual([
      `GET /todolists/${SEED.todolists.large}/todos.json 200`,
      `GET /todolists/${SEED.todolists.large}/todos.json?page=2 200`,
      `GET /todolists/${SEED.todolists.large}/todos.json?page=3 200`,
      `GET /todolists/${SEED.todolists.large}/todos.json?page=4 200`,
    ]);
    const after = await stack.graphql(LIST, { variables: { id: listId, after: todoEdge.cursor } });
    expect(after.errors).toBeUndefined();
    expect(after.data.todolist.todos).toEqual({ edges: [], pageInfo: { hasNextPage: false } });
  });

  it('answers a null edge past the pages it is priced for, having read no more than them', async () => {
    const listId = encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.benchmark);
    const created = await stack.graphql(CREATE_TODO, { variables: { list: listId, content: 'The 521st' } });
    expect(created.errors).toBeUndefined();
    // 521 pending to-dos: the new one sits past the 145 that pages of 15, 30, 50 and 50 hold.
    expect(created.data.createTodo.todoEdge).toBeNull();
    const pages = upstream().filter((line) => line.startsWith(`GET /todolists/${SEED.todolists.benchmark}/todos.json`));
    expect(pages).toHaveLength(4);
    const cost = created.extensions?.cost;
    expect(cost?.upstreamCalls).toBeLessThanOrEqual(cost?.estimated ?? 0);
  });

  it('names the group a to-do sits in and the list around it, each as its own type', async () => {
    const groupId = encodeGlobalId('TodolistGroup', stack.sandbox.accountId, SEED.groups.first);
    const created = await stack.graphql(
      `mutation($list: ID!) { createTodo(input: { todolistId: $list, content: "Reshoot the mugs" }) { todo { id } todolist { id todosCount } todolistGroup { id todosCount } todoEdge { node { id } } } }`,
      { variables: { list: groupId } },
    );
    expect(created.errors).toBeUndefined();
    const { todo, todolist, todolistGroup, todoEdge } = created.data.createTodo;
    expect(todolistGroup.id).toBe(groupId);
    expect(todolist.id).toBe(encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.withGroups));
    // The list's ratio counts its groups' to-dos too.
    expect(todolist.todosCount).toBeGreaterThan(todolistGroup.todosCount);
    expect(todoEdge.node).toEqual(todo);
    const reads = upstream().slice(1).sort();
    expect(reads).toEqual([
      `GET /todolists/${SEED.groups.first}.json 200`,
      `GET /todolists/${SEED.groups.first}/todos.json 200`,
      `GET /todolists/${SEED.todolists.withGroups}.json 200`,
    ].sort());

    // A to-do straight in a list has no group, and costs no read for it.
    const plain = await stack.graphql(CREATE_TODO.replace('todolist {', 'todolistGroup { id } todolist {'), { variables: { list: SEED.todolists.copy, content: 'No group' } });
    expect(plain.errors).toBeUndefined();
    expect(plain.data.createTodo.todolistGroup).toBeNull();
  });

  it('prices the parent and the edge as the calls they make, before the mutation runs', () => {
    const price = (source: string) => priceOperation(schema, {}, parse(source).definitions[0] as OperationDefinitionNode, {}).total;
    expect(price('mutation { createTodo(input: { todolistId: "1", content: "x" }) { todo { id } } }')).toBe(1);
    // One GET of the list, and the pages of its to-dos the edge reads at most (a list adding at the bottom).
    expect(price('mutation { createTodo(input: { todolistId: "1", content: "x" }) { todo { id } todolist { todosCount } todoEdge { cursor } } }')).toBe(1 + 1 + 4);
    // A list adding at the top finds its new item on a one-item first page.
    expect(price('mutation { createTodolist(input: { todosetId: "1", name: "x" }) { todolist { id } todolistEdge { cursor } } }')).toBe(1 + 1);
  });

  it('leaves the parent and the edge unread when a client does not ask for them', async () => {
    const listId = encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.copy);
    const created = await stack.graphql(`mutation($list: ID!) { createTodo(input: { todolistId: $list, content: "Only the to-do" }) { todo { id } } }`, {
      variables: { list: listId },
    });
    expect(created.errors).toBeUndefined();
    expect(upstream()).toEqual([`POST /todolists/${SEED.todolists.copy}/todos.json 201`]);
  });

  it('completeTodo returns the list with its new ratio', async () => {
    const listId = encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.copy);
    const created = await stack.graphql(CREATE_TODO, { variables: { list: listId, content: 'Tick me off' } });
    stack.resetLog();
    const ratio = /^(\d+)\/(\d+)$/.exec(created.data.createTodo.todolist.completedRatio)!;
    const completed = await stack.graphql(`mutation($id: ID!) { completeTodo(input: { id: $id }) { todo { completed } todolist { id todosCount completedRatio } } }`, {
      variables: { id: created.data.createTodo.todo.id },
    });
    expect(completed.errors).toBeUndefined();
    // The list is read once more after the write; it changed, so Basecamp answers it in full.
    expect(upstream().filter((line) => line.startsWith('GET /todolists/'))).toEqual([`GET /todolists/${SEED.todolists.copy}.json 200`]);
    expect(completed.data.completeTodo).toEqual({
      todo: { completed: true },
      todolist: { id: listId, todosCount: Number(ratio[2]), completedRatio: `${Number(ratio[1]) + 1}/${ratio[2]}` },
    });
  });

  it('reads a parent the token has cached with one conditional GET; the write touched it, so Basecamp answers in full', async () => {
    const todoId = encodeGlobalId('Todo', stack.sandbox.accountId, SEED.messages.commentedTodo);
    const before = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on Todo { id commentsCount } } }`, { variables: { id: todoId } });
    expect(before.errors).toBeUndefined();
    stack.resetLog();
    const updated = await stack.graphql(
      `mutation($id: ID!) { updateComment(input: { id: $id, content: "<div>Edited.</div>" }) { comment { content } recording { id ... on Todo { commentsCount } } } }`,
      { variables: { id: SEED.messages.comments.onTodo } },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateComment).toEqual({ comment: { content: '<div>Edited.</div>' }, recording: before.data.node });
    // Editing a comment moves its parent's `updated_at` (as Basecamp does), so the ETag no longer matches.
    expect(upstream()).toEqual([`PUT /comments/${SEED.messages.comments.onTodo}.json 200`, `GET /todos/${SEED.messages.commentedTodo}.json 200`]);
    expect(stack.sandbox.log[1]?.ifNoneMatch).toEqual(expect.any(String));
  });

  it('createTodolist returns the to-do set and an edge at the top of its lists', async () => {
    const todosetId = encodeGlobalId('Todoset', stack.sandbox.accountId, SEED.todosets.catalog);
    const created = await stack.graphql(
      `mutation($set: ID!) { createTodolist(input: { todosetId: $set, name: "Reprints" }) { todolist { id } todoset { id todolistsCount } todolistEdge { cursor node { id } } } }`,
      { variables: { set: todosetId } },
    );
    expect(created.errors).toBeUndefined();
    const { todolist, todoset, todolistEdge } = created.data.createTodolist;
    expect(todoset.id).toBe(todosetId);
    expect(todolistEdge.node).toEqual({ id: todolist.id });
    const lists = await stack.graphql(`query($id: ID!) { todoset(id: $id) { todolists(first: 2) { edges { cursor node { id } } } } }`, { variables: { id: todosetId } });
    const [first, second] = lists.data.todoset.todolists.edges;
    expect(first).toEqual(todolistEdge);
    const after = await stack.graphql(`query($id: ID!, $after: String) { todoset(id: $id) { todolists(first: 1, after: $after) { nodes { id } } } }`, {
      variables: { id: todosetId, after: todolistEdge.cursor },
    });
    expect(after.data.todoset.todolists.nodes).toEqual([second.node]);
  });
});

describe('every family\'s create returns its parent and an edge that pages on in the parent\'s connection', () => {
  const cases = [
    {
      mutation: 'createMessage',
      input: () => ({ messageBoardId: SEED.messages.boards.catalog, subject: 'Proofs are in' }),
      item: 'message',
      parent: ['messageBoard', 'MessageBoard', () => SEED.messages.boards.catalog, 'messages', '/message_boards/%s.json', '/message_boards/%s/messages.json'],
    },
    {
      mutation: 'createComment',
      input: () => ({ recordingId: SEED.messages.messages.thread, content: '<div>Agreed.</div>' }),
      item: 'comment',
      parent: ['recording', 'Message', () => SEED.messages.messages.thread, 'comments', '/messages/%s.json', '/recordings/%s/comments.json'],
    },
    {
      mutation: 'createCardTableCard',
      input: () => ({ columnId: SEED.cards.columns.retouching, title: 'Retouch the cover' }),
      item: 'card',
      parent: ['cardTableColumn', 'CardTableColumn', () => SEED.cards.columns.retouching, 'cards', '/card_tables/columns/%s.json', '/card_tables/lists/%s/cards.json'],
    },
    {
      mutation: 'createScheduleEntry',
      input: () => ({ scheduleId: SEED.schedule.schedules.catalog, summary: 'Press check', startsAt: '2026-12-10T09:00:00Z', endsAt: '2026-12-10T10:00:00Z' }),
      item: 'scheduleEntry',
      parent: ['schedule', 'Schedule', () => SEED.schedule.schedules.catalog, 'entries', '/schedules/%s.json', '/schedules/%s/entries.json'],
    },
    {
      mutation: 'createDocument',
      input: () => ({ vaultId: SEED.files.vaults.catalog, title: 'Print specs', status: 'ACTIVE' }),
      item: 'document',
      parent: ['vault', 'Vault', () => SEED.files.vaults.catalog, 'documents', '/vaults/%s.json', '/vaults/%s/documents.json'],
    },
    {
      mutation: 'createCampfireLine',
      input: () => ({ campfireId: SEED.chat.campfires.catalog, content: 'Proofs are in' }),
      item: 'campfireLine',
      parent: ['campfire', 'Campfire', () => SEED.chat.campfires.catalog, 'lines', '/chats/%s.json', '/chats/%s/lines.json'],
    },
    {
      mutation: 'createQuestion',
      input: () => ({ questionnaireId: SEED.schedule.questionnaires.catalog, title: 'What is blocking the proofs?', schedule: { frequency: 'EVERY_WEEK', days: [1], hour: 9 } }),
      item: 'question',
      parent: ['questionnaire', 'Questionnaire', () => SEED.schedule.questionnaires.catalog, 'questions', '/questionnaires/%s.json', '/questionnaires/%s/questions.json'],
    },
    {
      mutation: 'createQuestionAnswer',
      input: () => ({ questionId: SEED.schedule.questions.daily, content: '<div>Waiting on the printer.</div>' }),
      item: 'questionAnswer',
      parent: ['question', 'Question', () => SEED.schedule.questions.daily, 'answers', '/questions/%s.json', '/questions/%s/answers.json'],
    },
    {
      mutation: 'createTodolistGroup',
      input: () => ({ todolistId: SEED.todolists.withGroups, name: 'Reshoots' }),
      item: 'todolistGroup',
      parent: ['todolist', 'Todolist', () => SEED.todolists.withGroups, 'groups', '/todolists/%s.json', '/todolists/%s/groups.json'],
    },
    {
      mutation: 'createUpload',
      input: () => ({ vaultId: SEED.files.vaults.catalog, attachableSgid: SEED.files.attachment.sgid, baseName: 'proof-sheet' }),
      item: 'upload',
      parent: ['vault', 'Vault', () => SEED.files.vaults.catalog, 'uploads', '/vaults/%s.json', '/vaults/%s/uploads.json'],
    },
  ] as const;

  for (const { mutation, input, item, parent } of cases) {
    const [parentField, parentType, parentId, connection, parentPath, listPath] = parent;
    it(`${mutation} returns ${item}, ${parentField} and ${item}Edge`, async () => {
      const parentGlobalId = encodeGlobalId(parentType, stack.sandbox.accountId, parentId());
      const payload = await createWithEdge(mutation, input(), item, parentField, parentGlobalId);
      // The write, one read of the parent (a 200: this token had not read it) and the pages of its
      // connection up to the new item, nothing else.
      const [write, ...reads] = upstream();
      expect(write).toMatch(new RegExp(`^POST ${listPath.replace('%s', parentId())} 201$`));
      expect(reads.filter((line) => !line.startsWith(`GET ${listPath.replace('%s', parentId())}`))).toEqual([`GET ${parentPath.replace('%s', parentId())} 200`]);

      await expectEdgeInConnection(parentType, connection, parentGlobalId, payload, item);
    });
  }
});

describe('creates listed under a recording other than their write path name it and their edge', () => {
  const cases = [
    {
      mutation: 'createTimesheetEntry',
      // An earlier day than the seeded entries: the list is by date, so the new entry sits mid-list.
      input: () => ({ recordingId: SEED.reports.todoWithEntries, date: '2026-01-05', hours: '1' }),
      item: 'timesheetEntry',
      parent: ['recording', 'Todo', () => SEED.reports.todoWithEntries, 'timesheet'],
    },
    {
      mutation: 'createGaugeNeedle',
      input: () => ({ projectId: SEED.projects.catalog, position: 70 }),
      item: 'gaugeNeedle',
      parent: ['gauge', 'Gauge', () => SEED.reports.gauge, 'needles'],
    },
    {
      mutation: 'createBoost',
      input: () => ({ recordingId: SEED.messages.messages.thread, content: '👏' }),
      item: 'boost',
      parent: ['recording', 'Message', () => SEED.messages.messages.thread, 'boosts'],
    },
  ] as const;

  for (const { mutation, input, item, parent } of cases) {
    const [parentField, parentType, parentId, connection] = parent;
    it(`${mutation} returns ${item}, ${parentField} and an ${item}Edge that pages on in ${parentType}.${connection}`, async () => {
      const parentGlobalId = encodeGlobalId(parentType, stack.sandbox.accountId, parentId());
      const payload = await createWithEdge(mutation, input(), item, parentField, parentGlobalId);
      await expectEdgeInConnection(parentType, connection, parentGlobalId, payload, item);
    });
  }

  it('an entry on a project\'s own timesheet has no recording to sit in: null parent and edge, no list read', async () => {
    const created = await stack.graphql(
      `mutation($r: ID!) { createTimesheetEntry(input: { recordingId: $r, date: "2026-03-03", hours: "2" }) { timesheetEntry { id } recording { id } timesheetEntryEdge { cursor } } }`,
      { variables: { r: SEED.reports.timesheet } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createTimesheetEntry).toMatchObject({ recording: null, timesheetEntryEdge: null });
    expect(upstream()).toEqual([`POST /recordings/${SEED.reports.timesheet}/timesheet/entries.json 201`]);
  });
});

describe('removals name what they were removed from, reading it only when asked', () => {
  it('deleteBoost returns the recording with its count one lower; without `recording`, only the DELETE goes upstream', async () => {
    const thread = encodeGlobalId('Message', stack.sandbox.accountId, SEED.messages.messages.thread);
    const boost = async () => (await stack.graphql(`mutation($r: ID!) { createBoost(input: { recordingId: $r, content: "+1" }) { boost { id basecampId } recording { ... on Message { boostsCount } } } }`, { variables: { r: thread } })).data.createBoost;
    const first = await boost();
    stack.resetLog();
    const removed = await stack.graphql(`mutation($id: ID!) { deleteBoost(input: { id: $id }) { deletedId recording { id ... on Message { boostsCount } } } }`, { variables: { id: first.boost.id } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.deleteBoost).toEqual({ deletedId: first.boost.id, recording: { id: thread, boostsCount: first.recording.boostsCount - 1 } });
    expect(upstream()).toEqual([`GET /boosts/${first.boost.basecampId}.json 200`, `DELETE /boosts/${first.boost.basecampId}.json 204`, `GET /messages/${SEED.messages.messages.thread}.json 200`]);

    const second = await boost();
    stack.resetLog();
    const bare = await stack.graphql(`mutation($id: ID!) { deleteBoost(input: { id: $id }) { deletedId } }`, { variables: { id: second.boost.id } });
    expect(bare.data.deleteBoost).toEqual({ deletedId: second.boost.id });
    expect(upstream()).toEqual([`DELETE /boosts/${second.boost.basecampId}.json 204`]);
  });

  it('trashRecording returns the list or message it sat in, with its counts one lower', async () => {
    const listId = encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.copy);
    const created = await stack.graphql(`mutation($l: ID!) { createTodo(input: { todolistId: $l, content: "Short-lived" }) { todo { id basecampId } todolist { todosCount } } }`, { variables: { l: listId } });
    const { todo, todolist } = created.data.createTodo;
    stack.resetLog();
    const trashed = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId parent { id ... on Todolist { todosCount } } } }`, { variables: { id: todo.id } });
    expect(trashed.errors).toBeUndefined();
    expect(trashed.data.trashRecording).toEqual({ deletedId: todo.id, parent: { id: listId, todosCount: todolist.todosCount - 1 } });
    expect(upstream()).toEqual([`GET /todos/${todo.basecampId}.json 200`, `PUT /recordings/${todo.basecampId}/status/trashed.json 204`, `GET /todolists/${SEED.todolists.copy}.json 200`]);

    const thread = encodeGlobalId('Message', stack.sandbox.accountId, SEED.messages.messages.thread);
    const comment = (await stack.graphql(`mutation($r: ID!) { createComment(input: { recordingId: $r, content: "<div>Soon gone.</div>" }) { comment { id basecampId } recording { ... on Message { commentsCount } } } }`, { variables: { r: thread } })).data.createComment;
    const gone = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { parent { id ... on Message { commentsCount } } } }`, { variables: { id: comment.comment.id } });
    expect(gone.data.trashRecording.parent).toEqual({ id: thread, commentsCount: comment.recording.commentsCount - 1 });

    // A Basecamp id says no type: nothing to read first, and no parent.
    const other = (await stack.graphql(`mutation($l: ID!) { createTodo(input: { todolistId: $l, content: "Also short-lived" }) { todo { basecampId } } }`, { variables: { l: listId } })).data.createTodo.todo;
    stack.resetLog();
    const plain = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { basecampId parent { id } } }`, { variables: { id: other.basecampId } });
    expect(plain.data.trashRecording).toEqual({ basecampId: other.basecampId, parent: null });
    expect(upstream()).toEqual([`PUT /recordings/${other.basecampId}/status/trashed.json 204`]);
  });

  it('deleteGaugeNeedle returns the gauge fallen back to the reading before', async () => {
    const created = await stack.graphql(`mutation($p: ID!) { createGaugeNeedle(input: { projectId: $p, position: 95, color: RED }) { gaugeNeedle { id } gauge { lastNeedlePosition previousNeedlePosition lastNeedleColor } } }`, {
      variables: { p: SEED.projects.catalog },
    });
    expect(created.errors).toBeUndefined();
    const { gaugeNeedle, gauge: raised } = created.data.createGaugeNeedle;
    expect(raised).toMatchObject({ lastNeedlePosition: 95, lastNeedleColor: 'RED' });
    const removed = await stack.graphql(`mutation($id: ID!) { deleteGaugeNeedle(input: { id: $id }) { deletedId gauge { lastNeedlePosition } } }`, { variables: { id: gaugeNeedle.id } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.deleteGaugeNeedle).toEqual({ deletedId: gaugeNeedle.id, gauge: { lastNeedlePosition: raised.previousNeedlePosition } });
  });
});

describe('moves name what the object left, reading it first only when asked', () => {
  it('moveCardTableCard returns the column the card left, one card lighter', async () => {
    const g = (type: string, id: string) => encodeGlobalId(type, stack.sandbox.accountId, id);
    const counts = `query($a: ID!, $b: ID!) { a: node(id: $a) { ... on CardTableColumn { cardsCount } } b: node(id: $b) { ... on CardTableColumn { cardsCount } } }`;
    const columns = { a: g('CardTableColumn', SEED.cards.columns.triage), b: g('CardTableColumn', SEED.cards.columns.retouching) };
    const before = (await stack.graphql(counts, { variables: columns })).data;
    stack.resetLog();
    const moved = await stack.graphql(
      `mutation($id: ID!, $to: ID!) { moveCardTableCard(input: { id: $id, columnId: $to }) { card { id } cardTableColumn { id cardsCount } fromCardTableColumn { id cardsCount } } }`,
      { variables: { id: g('CardTableCard', SEED.cards.cards.unassigned), to: columns.b } },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.moveCardTableCard).toMatchObject({
      cardTableColumn: { id: columns.b, cardsCount: before.b.cardsCount + 1 },
      fromCardTableColumn: { id: columns.a, cardsCount: before.a.cardsCount - 1 },
    });
    expect(upstream()[0]).toBe(`GET /card_tables/cards/${SEED.cards.cards.unassigned}.json 200`);

    // Not selected: no read ahead of the move.
    stack.resetLog();
    await stack.graphql(`mutation($id: ID!, $to: ID!) { moveCardTableCard(input: { id: $id, columnId: $to }) { card { id } } }`, { variables: { id: g('CardTableCard', SEED.cards.cards.unassigned), to: columns.a } });
    expect(upstream()[0]).toMatch(/^POST \/card_tables\/cards\/\d+\/moves\.json 204$/);
  });

  it('repositionTodo into another list returns the list it left, one to-do lighter', async () => {
    const g = (type: string, id: string) => encodeGlobalId(type, stack.sandbox.accountId, id);
    const from = g('Todolist', SEED.todolists.copy);
    const to = g('TodolistGroup', SEED.groups.first);
    const created = await stack.graphql(`mutation($l: ID!) { createTodo(input: { todolistId: $l, content: "On the move" }) { todo { id } todolist { todosCount } } }`, { variables: { l: from } });
    const { todo, todolist } = created.data.createTodo;
    const moved = await stack.graphql(
      `mutation($id: ID!, $to: ID!) { repositionTodo(input: { id: $id, position: 1, todolistId: $to }) { todolistGroup { id } fromTodolist { id todosCount } fromTodolistGroup { id } } }`,
      { variables: { id: todo.id, to } },
    );
    expect(moved.errors).toBeUndefined();
    expect(moved.data.repositionTodo).toEqual({ todolistGroup: { id: to }, fromTodolist: { id: from, todosCount: todolist.todosCount - 1 }, fromTodolistGroup: null });
  });
});

describe('deleteBookmark returns the recording, so a cache can flip its bookmark', () => {
  it('answers the recording with bookmarked false after the removal', async () => {
    const todo = encodeGlobalId('Todo', stack.sandbox.accountId, SEED.todos.pending);
    const status = `query($id: ID!) { todo(id: $id) { bookmark { bookmarked } } }`;
    await stack.graphql(`mutation($id: ID!) { createBookmark(input: { recordingId: $id }) { bookmark { id } } }`, { variables: { id: todo } });
    expect((await stack.graphql(status, { variables: { id: todo } })).data.todo.bookmark).toEqual({ bookmarked: true });
    const removed = await stack.graphql(`mutation($id: ID!) { deleteBookmark(input: { recordingId: $id }) { recordingBasecampId recording { id bookmark { bookmarked } } } }`, { variables: { id: todo } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.deleteBookmark).toEqual({ recordingBasecampId: SEED.todos.pending, recording: { id: todo, bookmark: { bookmarked: false } } });
  });
});

describe('a tool\'s writes answer it under each id a cache may hold it by', () => {
  it('updateTool returns the tool, the same recording under its own type, and its project\'s dock', async () => {
    const board = encodeGlobalId('MessageBoard', stack.sandbox.accountId, SEED.messages.boards.catalog);
    const project = encodeGlobalId('Project', stack.sandbox.accountId, SEED.projects.catalog);
    const renamed = await stack.graphql(
      `mutation($id: ID!) { updateTool(input: { id: $id, title: "Announcements" }) { tool { title } recording { id title } project { id dock { basecampId title } } } }`,
      { variables: { id: SEED.messages.boards.catalog } },
    );
    expect(renamed.errors).toBeUndefined();
    const { tool, recording, project: read } = renamed.data.updateTool;
    expect(tool.title).toBe('Announcements');
    expect(recording).toEqual({ id: board, title: 'Announcements' });
    expect(read.id).toBe(project);
    expect(read.dock).toContainEqual({ basecampId: SEED.messages.boards.catalog, title: 'Announcements' });
  });

  it('trashTool returns the project, whose dock no longer lists the tool', async () => {
    const created = await stack.graphql(`mutation($p: ID!) { createTool(input: { projectId: $p, toolType: CHAT, title: "Short-lived chat" }) { tool { id basecampId } project { dock { basecampId } } } }`, {
      variables: { p: SEED.projects.catalog },
    });
    expect(created.errors).toBeUndefined();
    const { tool, project } = created.data.createTool;
    expect(project.dock).toContainEqual({ basecampId: tool.basecampId });
    const trashed = await stack.graphql(`mutation($id: ID!) { trashTool(input: { id: $id }) { deletedId project { dock { basecampId } } } }`, { variables: { id: tool.id } });
    expect(trashed.errors).toBeUndefined();
    expect(trashed.data.trashTool.deletedId).toBe(tool.id);
    expect(trashed.data.trashTool.project.dock).not.toContainEqual({ basecampId: tool.basecampId });
  });
});

describe('to-do writes name the to-do set whose ratio they move', () => {
  it('completeTodo returns the to-do set with its new completedRatio', async () => {
    const listId = encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.copy);
    const created = await stack.graphql(`mutation($l: ID!) { createTodo(input: { todolistId: $l, content: "Tick me" }) { todo { id } todoset { id completedRatio } } }`, { variables: { l: listId } });
    expect(created.errors).toBeUndefined();
    const { todo, todoset } = created.data.createTodo;
    expect(todoset.id).toBe(encodeGlobalId('Todoset', stack.sandbox.accountId, SEED.todosets.catalog));
    const done = await stack.graphql(`mutation($id: ID!) { completeTodo(input: { id: $id }) { todoset { id completedRatio } } }`, { variables: { id: todo.id } });
    expect(done.errors).toBeUndefined();
    const [completed, total] = (todoset.completedRatio as string).split('/').map(Number);
    expect(done.data.completeTodo.todoset).toEqual({ id: todoset.id, completedRatio: `${completed! + 1}/${total}` });
    const read = await stack.graphql(`query($id: ID!) { todoset(id: $id) { completedRatio } }`, { variables: { id: todoset.id } });
    expect(read.data.todoset.completedRatio).toBe(done.data.completeTodo.todoset.completedRatio);
  });
});

describe('updates name the parent they changed', () => {
  const g = (type: string, id: string) => encodeGlobalId(type, stack.sandbox.accountId, id);
  const cases = [
    [`pinMessage(input: { id: "${SEED.messages.messages.thread}" }) { messageBoard { id } }`, 'pinMessage', 'messageBoard', () => g('MessageBoard', SEED.messages.boards.catalog)],
    [`setCardTableColumnColor(input: { id: "${SEED.cards.columns.retouching}", color: BLUE }) { cardTable { id } }`, 'setCardTableColumnColor', 'cardTable', () => g('CardTable', SEED.cards.tables.catalog)],
    [`completeCardTableStep(input: { id: "${SEED.cards.steps.pending}" }) { cardTableCard { id } }`, 'completeCardTableStep', 'cardTableCard', () => g('CardTableCard', SEED.cards.cards.withSteps)],
    [`updateDocument(input: { id: "${SEED.files.documents.brief}", title: "Brief v2" }) { vault { id } }`, 'updateDocument', 'vault', () => g('Vault', SEED.files.vaults.catalog)],
    [`createTodosetTodo(input: { todosetId: "${SEED.todosets.catalog}", content: "Loose end" }) { todoset { id } }`, 'createTodosetTodo', 'todoset', () => g('Todoset', SEED.todosets.catalog)],
  ] as const;
  for (const [selection, field, parentField, expected] of cases) {
    it(`${field} returns ${parentField}`, async () => {
      const result = await stack.graphql(`mutation { ${selection} }`);
      expect(result.errors).toBeUndefined();
      expect(result.data[field][parentField]).toEqual({ id: expected() });
    });
  }
});

describe('several mutations in one document each answer the state after their own write', () => {
  it('a second createComment on the same message returns it with both comments counted', async () => {
    const messageId = SEED.messages.messages.thread;
    const count = async () => (await stack.graphql(`{ message(id: "${messageId}") { commentsCount } }`)).data.message.commentsCount as number;
    const before = await count();
    const result = await stack.graphql(`mutation($id: ID!) {
      a: createComment(input: { recordingId: $id, content: "First" }) { recording { ... on Message { commentsCount } } }
      b: createComment(input: { recordingId: $id, content: "Second" }) { recording { ... on Message { commentsCount } } }
    }`, { variables: { id: messageId } });
    expect(result.errors).toBeUndefined();
    expect(result.data.a.recording.commentsCount).toBe(before + 1);
    expect(result.data.b.recording.commentsCount).toBe(before + 2);
    expect(await count()).toBe(before + 2);
  });

  it('complete then uncomplete in one document: the second payload\'s list has the ratio back', async () => {
    const listId = encodeGlobalId('Todolist', stack.sandbox.accountId, SEED.todolists.copy);
    const created = await stack.graphql(CREATE_TODO, { variables: { list: listId, content: 'Back and forth' } });
    const ratio = created.data.createTodo.todolist.completedRatio as string;
    const [done, total] = ratio.split('/').map(Number) as [number, number];
    const result = await stack.graphql(`mutation($id: ID!) {
      a: completeTodo(input: { id: $id }) { todolist { completedRatio } }
      b: uncompleteTodo(input: { id: $id }) { todolist { completedRatio } }
    }`, { variables: { id: created.data.createTodo.todo.id } });
    expect(result.errors).toBeUndefined();
    expect(result.data.a.todolist.completedRatio).toBe(`${done + 1}/${total}`);
    expect(result.data.b.todolist.completedRatio).toBe(ratio);
  });
});

describe('writes on any recording by global id answer it whatever Basecamp calls its type', () => {
  // `ScheduleEntry` is Basecamp's `Schedule::Entry`: the payload loads it by the global id's type.
  const entry = (id: string) => encodeGlobalId('ScheduleEntry', stack.sandbox.accountId, id);

  it('archiveRecording and unarchiveRecording return the schedule entry', async () => {
    const id = entry(SEED.schedule.entries.clientVisible);
    for (const name of ['archiveRecording', 'unarchiveRecording']) {
      const result = await stack.graphql(`mutation($id: ID!) { ${name}(input: { id: $id }) { recording { id ... on ScheduleEntry { status } } } }`, { variables: { id } });
      expect(result.errors).toBeUndefined();
      expect(result.data[name].recording).toEqual({ id, status: name === 'archiveRecording' ? 'ARCHIVED' : 'ACTIVE' });
    }
  });

  it('deleteBookmark returns the schedule entry, no longer bookmarked', async () => {
    const id = entry(SEED.schedule.entries.kickoff);
    await stack.graphql(`mutation($id: ID!) { createBookmark(input: { recordingId: $id }) { bookmark { id } } }`, { variables: { id } });
    const removed = await stack.graphql(`mutation($id: ID!) { deleteBookmark(input: { recordingId: $id }) { recording { id bookmark { bookmarked } } } }`, { variables: { id } });
    expect(removed.errors).toBeUndefined();
    expect(removed.data.deleteBookmark.recording).toEqual({ id, bookmark: { bookmarked: false } });
  });

  it('trashRecording names the schedule the entry sat in', async () => {
    const id = entry(SEED.schedule.entries.clientHidden);
    const schedule = (await stack.graphql(`query($id: ID!) { scheduleEntry(id: $id) { parent { id } } }`, { variables: { id } })).data.scheduleEntry.parent.id as string;
    const result = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId parent { id __typename } } }`, { variables: { id } });
    expect(result.errors).toBeUndefined();
    expect(result.data.trashRecording).toEqual({ deletedId: id, parent: { id: schedule, __typename: 'Schedule' } });
  });
});

describe('a boost on a recording read through its container names it', () => {
  // A Campfire line is read through its Campfire: the boost's copy of it carries only id, type
  // and url, and the url names the Campfire.
  const cases = [['CampfireLine', () => `${SEED.chat.campfires.catalog}-${SEED.chat.lines.text}`]] as const;
  for (const [type, key] of cases) {
    it(`createBoost on a ${type} returns it, and the boost reads it back`, async () => {
      const id = encodeGlobalId(type, stack.sandbox.accountId, key());
      const created = await stack.graphql(`mutation($id: ID!) { createBoost(input: { recordingId: $id, content: "👏" }) { boost { id recording { id } } recording { id __typename } } }`, { variables: { id } });
      expect(created.errors).toBeUndefined();
      expect(created.data.createBoost.recording).toEqual({ id, __typename: type });
      expect(created.data.createBoost.boost.recording).toEqual({ id });
      const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on Boost { recording { id } } } }`, { variables: { id: created.data.createBoost.boost.id } });
      expect(read.errors).toBeUndefined();
      expect(read.data.node.recording).toEqual({ id });
    });
  }
});

describe('a payload is priced at the calls it makes', () => {
  const g = (type: string, id: string) => encodeGlobalId(type, stack.sandbox.accountId, id);
  const thread = () => g('Message', SEED.messages.messages.thread);
  const run = async (source: string, variables: Record<string, unknown>) => {
    const result = await stack.graphql(source, { variables });
    expect(result.errors).toBeUndefined();
    return result.data;
  };
  const newTodo = async () => (await run(`mutation($l: ID!) { createTodo(input: { todolistId: $l, content: "Priced" }) { todo { id } } }`, { l: g('Todolist', SEED.todolists.copy) })).createTodo.todo.id;
  const newComment = async () => (await run(`mutation($r: ID!) { createComment(input: { recordingId: $r, content: "Priced" }) { comment { id } } }`, { r: thread() })).createComment.comment.id;
  const newBoost = async () => (await run(`mutation($r: ID!) { createBoost(input: { recordingId: $r, content: "+1" }) { boost { id } } }`, { r: thread() })).createBoost.boost.id;
  const newTool = async () => (await run(`mutation($p: ID!) { createTool(input: { projectId: $p, toolType: CHAT, title: "Priced chat" }) { tool { id } } }`, { p: SEED.projects.catalog })).createTool.tool.id;
  const bookmarked = async () => {
    const id = await newTodo();
    await run(`mutation($id: ID!) { createBookmark(input: { recordingId: $id }) { bookmark { id } } }`, { id });
    return id;
  };

  // [mutation, document, its variables (made by the writes it needs first, which are not counted)]
  const cases: [string, string, () => Promise<Record<string, unknown>>][] = [
    ['createComment', `mutation($r: ID!) { createComment(input: { recordingId: $r, content: "Priced" }) { comment { id } recording { title } } }`, async () => ({ r: thread() })],
    ['createBoost', `mutation($r: ID!) { createBoost(input: { recordingId: $r, content: "+1" }) { boost { id } recording { title } } }`, async () => ({ r: thread() })],
    ['updateComment', `mutation($id: ID!) { updateComment(input: { id: $id, content: "Repriced" }) { comment { id } recording { title } } }`, async () => ({ id: await newComment() })],
    ['createTimesheetEntry', `mutation($r: ID!) { createTimesheetEntry(input: { recordingId: $r, date: "2026-01-06", hours: "1" }) { timesheetEntry { id } recording { title } } }`, async () => ({ r: SEED.reports.todoWithEntries })],
    ['archiveRecording', `mutation($id: ID!) { archiveRecording(input: { id: $id }) { recording { title } } }`, async () => ({ id: await newTodo() })],
    ['unarchiveRecording', `mutation($id: ID!) { unarchiveRecording(input: { id: $id }) { recording { title } } }`, async () => ({ id: await newTodo() })],
    ['trashRecording', `mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId parent { title } } }`, async () => ({ id: await newTodo() })],
    ['createTool', `mutation($p: ID!) { createTool(input: { projectId: $p, toolType: CHAT, title: "Priced chat" }) { tool { id } recording { title } } }`, async () => ({ p: SEED.projects.catalog })],
    ['updateTool', `mutation($id: ID!) { updateTool(input: { id: $id, title: "Repriced" }) { tool { id } recording { title } } }`, async () => ({ id: await newTool() })],
    ['disableTool', `mutation($id: ID!) { disableTool(input: { id: $id }) { tool { id } recording { title } } }`, async () => ({ id: await newTool() })],
    ['enableTool', `mutation($id: ID!) { enableTool(input: { id: $id }) { tool { id } recording { title } } }`, async () => ({ id: await newTool() })],
    ['setClientVisibility', `mutation($id: ID!) { setClientVisibility(input: { id: $id, visibleToClients: true }) { recording { title } } }`, async () => ({ id: await newTodo().then(() => SEED.todolists.copy) })],
    ['deleteBookmark', `mutation($id: ID!) { deleteBookmark(input: { recordingId: $id }) { recording { title } } }`, async () => ({ id: await bookmarked() })],
    ['deleteBoost', `mutation($id: ID!) { deleteBoost(input: { id: $id }) { deletedId recording { title } } }`, async () => ({ id: await newBoost() })],
  ];
  for (const [name, source, variables] of cases) {
    it(`${name} selecting a recording is priced at the calls it makes`, async () => {
      const given = await variables();
      stack.resetLog();
      const result = await stack.graphql(source, { variables: given });
      // Basecamp answers a disabled chat's own GET with a 404: the call is spent all the same.
      expect(result.errors ?? []).toEqual(name === 'disableTool' ? [expect.objectContaining({ path: ['disableTool', 'recording'] })] : []);
      const { estimated, upstreamCalls } = (result as { extensions: { cost: { estimated: number; upstreamCalls: number } } }).extensions.cost;
      expect(upstreamCalls).toBe(stack.upstreamPaths().length);
      expect(estimated).toBe(upstreamCalls);
    });
  }
});
