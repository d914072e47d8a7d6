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

const { tables, columns, cards, steps } = SEED.cards;

/** Method and account-relative path of every request the sandbox answered since the last reset. */
const requestsSent = () => stack.sandbox.log.map((entry) => `${entry.method} ${entry.path.slice(`/${stack.sandbox.accountId}`.length)}`);

describe('every field of the card-table types matches REST', () => {
  const cases: [typeName: string, root: string, id: () => string, path: (id: string) => string][] = [
    ['CardTable', 'cardTable', () => tables.catalog, (id) => `/card_tables/${id}.json`],
    ['CardTableColumn', 'cardTableColumn', () => columns.printer, (id) => `/card_tables/columns/${id}.json`],
    ['CardTableColumn', 'cardTableColumn', () => columns.retouching, (id) => `/card_tables/columns/${id}.json`],
    ['CardTableCard', 'cardTableCard', () => cards.withSteps, (id) => `/card_tables/cards/${id}.json`],
    ['CardTableCard', 'cardTableCard', () => cards.completed, (id) => `/card_tables/cards/${id}.json`],
    ['CardTableStep', 'cardTableStep', () => steps.completed, (id) => `/card_tables/steps/${id}.json`],
    ['CardTableStep', 'cardTableStep', () => steps.pending, (id) => `/card_tables/steps/${id}.json`],
  ];
  for (const [typeName, root, id, path] of cases) {
    it(`${typeName} ${path(id())}`, async () => {
      const result = await stack.graphql(`query($id: ID!) { item: ${root}(id: $id) ${leafSelection(typeName)} }`, { variables: { id: id() } });
      expect(result.errors).toBeUndefined();
      expectMatchesRest(result.data.item, await restGet(stack, path(id())));
    });
  }

  it('Wormhole and CardTableColumnOnHold, reached through their board and column', async () => {
    const result = await stack.graphql(
      `query($board: ID!, $column: ID!) {
        cardTable(id: $board) { wormholes ${leafSelection('Wormhole')} }
        cardTableColumn(id: $column) { onHold ${leafSelection('CardTableColumnOnHold')} }
      }`,
      { variables: { board: tables.catalog, column: columns.printer } },
    );
    expect(result.errors).toBeUndefined();
    const board = await restGet(stack, `/card_tables/${tables.catalog}.json`);
    const column = await restGet(stack, `/card_tables/columns/${columns.printer}.json`);
    expect(result.data.cardTable.wormholes).toHaveLength(1);
    expectMatchesRest(result.data.cardTable.wormholes[0], board.wormholes[0]);
    expectMatchesRest(result.data.cardTableColumn.onHold, column.on_hold);
  });
});

describe('card-table reads', () => {
  it('answers a null parent, and no error, for a card in an on-hold section, a container the graph has no type for', async () => {
    const onHold = await restGet(stack, `/card_tables/lists/${columns.printerOnHold}/cards.json`);
    expect(onHold[0].parent.type).toBe('Kanban::OnHold');
    const result = await stack.graphql('query($id: ID!) { cardTableCard(id: $id) { title parent { basecampId } } }', { variables: { id: String(onHold[0].id) } });
    expect(result.errors).toBeUndefined();
    expect(result.data.cardTableCard).toEqual({ title: onHold[0].title, parent: null });
  });

  it('reads a whole board with its cards in one call per column, never per card or column', async () => {
    const result = await stack.graphql(
      `query($id: ID!) { project(id: $id) { cardTable { title lists { title cards(first: 3) { totalCount nodes { title steps { title } assignees { name } parent { ... on CardTableColumn { title } } } } } } } }`,
      { variables: { id: SEED.projects.catalog } },
    );
    expect(result.errors).toBeUndefined();
    const lists = result.data.project.cardTable.lists;
    expect(lists.map((list: any) => list.title)).toEqual(['Triage', 'Not now', 'Retouching', 'In layout', 'At the printer', 'Done']);
    expect(lists[2].cards.totalCount).toBe(SEED.cards.counts.retouching);
    expect(lists[3].cards.nodes[0].steps.map((step: any) => step.title)).toEqual(['Pick the hero photo', 'Fit the captions', 'Send a proof to Maren']);
    expect(lists.every((list: any) => list.cards.nodes.every((card: any) => card.parent.title === list.title))).toBe(true);
    const board = await restGet(stack, `/card_tables/${tables.catalog}.json`);
    stack.resetLog();
    await stack.graphql(
      `query($id: ID!) { project(id: $id) { cardTable { title lists { title cards(first: 3) { totalCount nodes { title steps { title } assignees { name } parent { ... on CardTableColumn { title } } } } } } } }`,
      { variables: { id: SEED.projects.catalog } },
    );
    expect(stack.upstreamPaths()).toEqual([
      `/projects/${SEED.projects.catalog}.json`,
      `/card_tables/${tables.catalog}.json`,
      ...board.lists.map((list: any) => `/card_tables/lists/${list.id}/cards.json`),
    ]);
  });

  it('pages through a long column with cursors', async () => {
    const page = `query($id: ID!, $after: String) { cardTableColumn(id: $id) { cards(first: 12, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { basecampId } } } }`;
    const first = await stack.graphql(page, { variables: { id: columns.retouching } });
    const second = await stack.graphql(page, { variables: { id: columns.retouching, after: first.data.cardTableColumn.cards.pageInfo.endCursor } });
    const ids = [...first.data.cardTableColumn.cards.nodes, ...second.data.cardTableColumn.cards.nodes].map((card: any) => card.basecampId);
    expect(first.data.cardTableColumn.cards.pageInfo.hasNextPage).toBe(true);
    expect(second.data.cardTableColumn.cards.pageInfo.hasNextPage).toBe(false);
    expect(new Set(ids).size).toBe(SEED.cards.counts.retouching);
  });

  it('follows a wormhole to its far column and project', async () => {
    const result = await stack.graphql(`query($id: ID!) { cardTable(id: $id) { wormholes { linked destination { basecampId title bucket { basecampId } } parent { basecampId } } } }`, {
      variables: { id: tables.catalog },
    });
    expect(result.data.cardTable.wormholes).toEqual([
      { linked: true, destination: { basecampId: columns.hqIdeas, title: 'Ideas', bucket: { basecampId: SEED.projects.hq } }, parent: { basecampId: tables.catalog } },
    ]);
  });

  it('collects cards across projects by view, and overdue cards oldest first', async () => {
    const result = await stack.graphql(`{
      parked: cardsByProject(view: NOT_NOW) { totalCount nodes { project { basecampId } cards { basecampId } } }
      mine: cardsByProject(view: OPEN, assigneeIds: ["${SEED.people.illustrator}"]) { nodes { cards { basecampId } } }
      overdueCards(first: 50) { nodes { basecampId dueOn } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data.parked).toEqual({ totalCount: 1, nodes: [{ project: { basecampId: SEED.projects.catalog }, cards: [{ basecampId: cards.notNow }] }] });
    expect(result.data.mine.nodes.flatMap((group: any) => group.cards)).toEqual([{ basecampId: cards.withSteps }]);
    const due = result.data.overdueCards.nodes.map((card: any) => card.dueOn);
    expect(due).toEqual([...due].sort());
    expect(result.data.overdueCards.nodes.map((card: any) => card.basecampId)).toContain(cards.overdue);
    expect(stack.upstreamPaths()).toEqual(
      expect.arrayContaining(['/cards/not_now.json', `/cards/open.json?assignee_ids%5B%5D=${SEED.people.illustrator}`, '/cards/overdue.json']),
    );
  });
});

describe('card-table mutations', () => {
  it('runs create → read → update → read → trash → read for a column', async () => {
    const created = await stack.graphql(`mutation($board: ID!) { createCardTableColumn(input: { cardTableId: $board, title: "Proofing", description: "Second eyes" }) { column { id basecampId title description position } } }`, {
      variables: { board: tables.hq },
    });
    expect(created.errors).toBeUndefined();
    const column = created.data.createCardTableColumn.column;
    expect(column).toMatchObject({ title: 'Proofing', description: 'Second eyes', position: 2 });
    const read = await stack.graphql(`query($id: ID!) { node(id: $id) { ... on CardTableColumn { title description } } }`, { variables: { id: column.id } });
    expect(read.data.node).toEqual({ title: 'Proofing', description: 'Second eyes' });

    const renamed = await stack.graphql(`mutation($id: ID!) { updateCardTableColumn(input: { id: $id, title: "Proofreading" }) { column { title description } } }`, { variables: { id: column.id } });
    expect(renamed.data.updateCardTableColumn.column).toEqual({ title: 'Proofreading', description: 'Second eyes' });
    stack.resetLog();
    const coloured = await stack.graphql(`mutation($id: ID!) { setCardTableColumnColor(input: { id: $id, color: PINK }) { column { color } } }`, { variables: { id: column.id } });
    expect(coloured.data.setCardTableColumnColor.column.color).toBe('PINK'); // the value the write took, so a form sends back what it read
    const columnId = column.basecampId;
    // The documented flat route, named by its operation id: one call, no read of the column's project.
    expect(requestsSent()).toEqual([`PUT /card_tables/columns/${columnId}/color.json`]);
    const moved = await stack.graphql(`mutation($id: ID!, $board: ID!) { moveCardTableColumn(input: { id: $id, cardTableId: $board, position: 1 }) { column { position } } }`, {
      variables: { id: column.id, board: tables.hq },
    });
    expect(moved.data.moveCardTableColumn.column.position).toBe(1);
    stack.resetLog();
    const held = await stack.graphql(`mutation($id: ID!) { enableCardTableColumnOnHold(input: { id: $id }) { column { onHold { cardsCount } } } }`, { variables: { id: column.id } });
    expect(held.data.enableCardTableColumnOnHold.column.onHold).toEqual({ cardsCount: 0 });
    const released = await stack.graphql(`mutation($id: ID!) { disableCardTableColumnOnHold(input: { id: $id }) { column { onHold { cardsCount } } } }`, { variables: { id: column.id } });
    expect(released.data.disableCardTableColumnOnHold.column.onHold).toBeNull();
    // Both answer with the column, so neither is followed by a read.
    expect(requestsSent()).toEqual([`POST /card_tables/columns/${columnId}/on_hold.json`, `DELETE /card_tables/columns/${columnId}/on_hold.json`]);
    const watched = await stack.graphql(`mutation($id: ID!) { watchCardTableColumn(input: { id: $id }) { column { subscribers { basecampId } } } }`, {
      variables: { id: column.id },
      token: stack.sandbox.tokens.admin,
    });
    expect(watched.data.watchCardTableColumn.column.subscribers.map((person: any) => person.basecampId)).toContain(SEED.people.admin);
    const unwatched = await stack.graphql(`mutation($id: ID!) { unwatchCardTableColumn(input: { id: $id }) { column { subscribers { basecampId } } } }`, {
      variables: { id: column.id },
      token: stack.sandbox.tokens.admin,
    });
    expect(unwatched.data.unwatchCardTableColumn.column.subscribers.map((person: any) => person.basecampId)).not.toContain(SEED.people.admin);

    const trashed = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId } }`, { variables: { id: column.id } });
    expect(trashed.data.trashRecording.deletedId).toBe(column.id);
    const gone = await stack.graphql(`query($id: ID!) { cardTableColumn(id: $id) { title } }`, { variables: { id: column.id } });
    expect(gone.data.cardTableColumn).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('runs create → read → update → read → move → trash → read for a card', async () => {
    const fields = 'id basecampId title content dueOn completed assignees { basecampId } parent { ... on CardTableColumn { basecampId } }';
    const created = await stack.graphql(`mutation($col: ID!) { createCardTableCard(input: { columnId: $col, title: "Order gold foil", content: "<div>Two rolls.</div>", dueOn: "2026-04-01" }) { card { ${fields} } } }`, {
      variables: { col: columns.triage },
    });
    expect(created.errors).toBeUndefined();
    const card = created.data.createCardTableCard.card;
    expect(card).toMatchObject({ title: 'Order gold foil', content: '<div>Two rolls.</div>', dueOn: '2026-04-01', completed: false, parent: { basecampId: columns.triage } });
    expect(stack.upstreamPaths()).toEqual([`/card_tables/lists/${columns.triage}/cards.json`]);
    const read = await stack.graphql(`query($id: ID!) { cardTableCard(id: $id) { ${fields} } }`, { variables: { id: card.id } });
    expect(read.data.cardTableCard).toEqual(card);

    // Only the title and assignees change; the notes and due date survive.
    const updated = await stack.graphql(`mutation($id: ID!) { updateCardTableCard(input: { id: $id, title: "Order silver foil", assigneeIds: ["${SEED.people.production}"] }) { card { ${fields} } } }`, {
      variables: { id: card.id },
    });
    expect(updated.data.updateCardTableCard.card).toEqual({ ...card, title: 'Order silver foil', assignees: [{ basecampId: SEED.people.production }] });
    const cleared = await stack.graphql(`mutation($id: ID!) { updateCardTableCard(input: { id: $id, dueOn: null, assigneeIds: null }) { card { dueOn assignees { basecampId } content } } }`, {
      variables: { id: card.id },
    });
    expect(cleared.data.updateCardTableCard.card).toEqual({ dueOn: null, assignees: [], content: '<div>Two rolls.</div>' });

    const moved = await stack.graphql(`mutation($id: ID!, $col: ID!) { moveCardTableCard(input: { id: $id, columnId: $col }) { card { completed position parent { basecampId } } } }`, {
      variables: { id: card.id, col: columns.done },
    });
    expect(moved.data.moveCardTableCard.card).toEqual({ completed: true, position: 1, parent: { basecampId: columns.done } });

    const trashed = await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId } }`, { variables: { id: card.id } });
    expect(trashed.data.trashRecording.deletedId).toBe(card.id);
    const gone = await stack.graphql(`query($id: ID!) { cardTableCard(id: $id) { title } }`, { variables: { id: card.id } });
    expect(gone.data.cardTableCard).toBeNull();
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('runs create → read → update → complete → reposition → trash → read for a step', async () => {
    const fields = 'id title dueOn completed position assignees { basecampId }';
    const created = await stack.graphql(`mutation($card: ID!) { createCardTableStep(input: { cardId: $card, title: "Call the printer", dueOn: "2026-03-10", assigneeIds: ["${SEED.people.member}"] }) { step { ${fields} } } }`, {
      variables: { card: cards.overdue },
    });
    expect(created.errors).toBeUndefined();
    const step = created.data.createCardTableStep.step;
    expect(step).toMatchObject({ title: 'Call the printer', dueOn: '2026-03-10', completed: false, position: 1, assignees: [{ basecampId: SEED.people.member }] });
    const read = await stack.graphql(`query($id: ID!) { cardTableStep(id: $id) { ${fields} } }`, { variables: { id: step.id } });
    expect(read.data.cardTableStep).toEqual(step);

    const updated = await stack.graphql(`mutation($id: ID!) { updateCardTableStep(input: { id: $id, title: "Call the printer back" }) { step { ${fields} } } }`, { variables: { id: step.id } });
    expect(updated.data.updateCardTableStep.step).toEqual({ ...step, title: 'Call the printer back' });
    const done = await stack.graphql(`mutation($id: ID!) { completeCardTableStep(input: { id: $id }) { step { completed completer { basecampId } } } }`, { variables: { id: step.id } });
    expect(done.data.completeCardTableStep.step).toEqual({ completed: true, completer: { basecampId: SEED.people.owner } });
    const reopened = await stack.graphql(`mutation($id: ID!) { uncompleteCardTableStep(input: { id: $id }) { step { completed completer { basecampId } } } }`, { variables: { id: step.id } });
    expect(reopened.data.uncompleteCardTableStep.step).toEqual({ completed: false, completer: null });

    await stack.graphql(`mutation($card: ID!) { createCardTableStep(input: { cardId: $card, title: "Sign the proof" }) { step { id } } }`, { variables: { card: cards.overdue } });
    const repositioned = await stack.graphql(`mutation($id: ID!, $card: ID!) { repositionCardTableStep(input: { id: $id, cardId: $card, position: 2 }) { step { position } } }`, {
      variables: { id: step.id, card: cards.overdue },
    });
    expect(repositioned.data.repositionCardTableStep.step.position).toBe(2);

    await stack.graphql(`mutation($id: ID!) { trashRecording(input: { id: $id }) { deletedId } }`, { variables: { id: step.id } });
    const gone = await stack.graphql(`query($id: ID!) { cardTableCard(id: $id) { steps { title } } }`, { variables: { id: cards.overdue } });
    expect(gone.data.cardTableCard.steps).toEqual([{ title: 'Sign the proof' }]);
  });

  it('creates, repoints and deletes a wormhole, and sends a card through one', async () => {
    const created = await stack.graphql(`mutation($board: ID!, $col: ID!) { createWormhole(input: { cardTableId: $board, destinationColumnId: $col }) { wormhole { id basecampId linked destination { basecampId } } } }`, {
      variables: { board: tables.bakery, col: columns.hqIdeas },
    });
    expect(created.errors).toBeUndefined();
    const wormhole = created.data.createWormhole.wormhole;
    expect(wormhole).toMatchObject({ linked: true, destination: { basecampId: columns.hqIdeas } });
    // the board for its project, the write, then the far column the selection asks for
    expect(stack.upstreamPaths()).toEqual([
      `/card_tables/${tables.bakery}.json`,
      `/buckets/${SEED.projects.bakery}/card_tables/${tables.bakery}/wormholes.json`,
      `/card_tables/columns/${columns.hqIdeas}.json`,
    ]);

    const listed = await stack.graphql(`query($id: ID!) { cardTable(id: $id) { wormholes { basecampId } } }`, { variables: { id: tables.bakery } });
    expect(listed.data.cardTable.wormholes).toEqual([{ basecampId: wormhole.basecampId }]);

    const repointed = await stack.graphql(`mutation($id: ID!, $project: ID!, $col: ID!) { updateWormhole(input: { id: $id, projectId: $project, destinationColumnId: $col }) { wormhole { destination { basecampId } } } }`, {
      variables: { id: wormhole.basecampId, project: SEED.projects.bakery, col: columns.triage },
    });
    expect(repointed.data.updateWormhole.wormhole.destination).toEqual({ basecampId: columns.triage });

    const card = await stack.graphql(`mutation($col: ID!) { createCardTableCard(input: { columnId: $col, title: "Catalog photo for the homepage" }) { card { id } } }`, {
      variables: { col: columns.bakeryTriage },
    });
    const sent = await stack.graphql(`mutation($id: ID!, $to: ID!) { moveCardTableCard(input: { id: $id, columnId: $to }) { card { bucket { basecampId } parent { basecampId } } } }`, {
      variables: { id: card.data.createCardTableCard.card.id, to: wormhole.basecampId },
    });
    expect(sent.data.moveCardTableCard.card).toEqual({ bucket: { basecampId: SEED.projects.catalog }, parent: { basecampId: columns.triage } });

    const deleted = await stack.graphql(`mutation($id: ID!, $project: ID!) { deleteWormhole(input: { id: $id, projectId: $project }) { deletedId basecampId } }`, {
      variables: { id: wormhole.basecampId, project: SEED.projects.bakery },
    });
    expect(deleted.data.deleteWormhole).toEqual({ deletedId: wormhole.id, basecampId: wormhole.basecampId });
    const after = await stack.graphql(`query($id: ID!) { cardTable(id: $id) { wormholes { basecampId } } }`, { variables: { id: tables.bakery } });
    expect(after.data.cardTable.wormholes).toEqual([]);
  });

  it('rejects input Basecamp would refuse before any upstream call, naming the field', async () => {
    const blank = await stack.graphql(`mutation($col: ID!) { createCardTableCard(input: { columnId: $col, title: " " }) { card { id } } }`, { variables: { col: columns.triage } });
    expect(blank.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'title' } });
    const top = await stack.graphql(`mutation($id: ID!, $col: ID!) { moveCardTableCard(input: { id: $id, columnId: $col, position: 0 }) { card { id } } }`, {
      variables: { id: cards.unassigned, col: columns.done },
    });
    expect(top.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'position' } });
    const renamed = await stack.graphql(`mutation($id: ID!) { updateCardTableColumn(input: { id: $id, title: "" }) { column { id } } }`, { variables: { id: columns.triage } });
    expect(renamed.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'title' } });
    const wrongType = await stack.graphql(`mutation($id: ID!) { createCardTableStep(input: { cardId: $id, title: "x" }) { step { id } } }`, {
      variables: { id: Buffer.from(`Todo:${SEED.accountId}:${SEED.todos.pending}`).toString('base64url') },
    });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.upstreamPaths()).toEqual([]);
  });

  it('passes Basecamp\'s own 422 through as BAD_USER_INPUT', async () => {
    const result = await stack.graphql(`mutation($board: ID!, $col: ID!) { createWormhole(input: { cardTableId: $board, destinationColumnId: $col }) { wormhole { basecampId } } }`, {
      variables: { board: tables.catalog, col: columns.triage },
    });
    expect(result.data.createWormhole).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('another card table'), extensions: { code: 'BAD_USER_INPUT', status: 422 } });
  });
});
