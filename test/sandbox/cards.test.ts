import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEED } from '../../src/sandbox/seed/index.ts';
import { json, startSandbox, type Harness } from './harness.ts';

let harness: Harness;
let now = Date.parse('2026-03-02T10:00:00.000Z');
beforeEach(async () => {
  harness = await startSandbox({ now: () => now });
});
afterEach(() => harness.close());

type Json = Record<string, any>;
const write = (method: string, path: string, body?: unknown, as = 'owner') => harness.call(path, { method, as, body: body ?? {} });
const read = async (path: string, as = 'owner'): Promise<any> => {
  const response = await harness.call(path, { as });
  expect(response.status, path).toBe(200);
  return json(response);
};
const { tables, columns, cards, steps } = SEED.cards;

describe('card tables', () => {
  it('lists the columns in board order with the numbered ones positioned', async () => {
    const board = await read(`/card_tables/${tables.catalog}.json`);
    expect(board.type).toBe('Kanban::Board');
    expect(board.lists.map((list: Json) => list.type)).toEqual([
      'Kanban::Triage', 'Kanban::NotNowColumn', 'Kanban::Column', 'Kanban::Column', 'Kanban::Column', 'Kanban::DoneColumn',
    ]);
    expect(board.lists.map((list: Json) => list.position)).toEqual([undefined, undefined, 1, 2, 3, undefined]);
    expect(board.wormholes).toHaveLength(1);
    expect(board.wormholes[0]).toMatchObject({ linked: true, destination_url: expect.stringContaining(`/card_tables/columns/${columns.hqIdeas}.json`) });
  });

  it('pages the long column with geared pages and an X-Total-Count', async () => {
    const first = await harness.call(`/card_tables/lists/${columns.retouching}/cards.json`);
    expect(first.headers.get('x-total-count')).toBe(String(SEED.cards.counts.retouching));
    expect(((await json(first)) as unknown as Json[]).length).toBe(15);
    const next = /<([^>]+)>; rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next).toBeDefined();
    const second = (await json(await harness.call(next!))) as unknown as Json[];
    expect(second).toHaveLength(SEED.cards.counts.retouching - 15);
  });

  it('moves a numbered column and refuses to move Done', async () => {
    const board = await read(`/card_tables/${tables.catalog}.json`);
    const printer = board.lists.find((list: Json) => list.id === columns.printer);
    expect(printer.position).toBe(3);
    const etag = (await harness.call(`/card_tables/${tables.catalog}.json`)).headers.get('etag');
    expect((await write('POST', `/card_tables/${tables.catalog}/moves.json`, { source_id: columns.printer, target_id: tables.catalog, position: 1 })).status).toBe(204);
    const moved = await harness.call(`/card_tables/${tables.catalog}.json`);
    expect(moved.headers.get('etag')).not.toBe(etag);
    expect((await json<Json>(moved)).lists[2].id).toBe(columns.printer);
    const refused = await write('POST', `/card_tables/${tables.catalog}/moves.json`, { source_id: columns.done, target_id: tables.catalog });
    expect(refused.status).toBe(422);
    expect(await json(refused)).toEqual({ error: expect.stringContaining('stay where they are') });
  });

  it('moves a card through the board endpoint with a zero-based position', async () => {
    expect((await write('POST', `/card_tables/${tables.catalog}/moves.json`, { source_id: cards.unassigned, target_id: columns.done, position: 0 })).status).toBe(204);
    const done = await read(`/card_tables/lists/${columns.done}/cards.json`);
    expect(done[0]).toMatchObject({ id: cards.unassigned, position: 1, completed: true });
  });

  it('creates, repoints and deletes a wormhole, and 422s a destination on the same board', async () => {
    const created = await write('POST', `/card_tables/${tables.bakery}/wormholes.json`, { destination_recording_id: Number(columns.retouching) });
    expect(created.status).toBe(201);
    const wormhole = await json<Json>(created);
    expect(wormhole).toMatchObject({ linked: true, parent: { id: tables.bakery } });
    const repointed = await write('PUT', `/buckets/${SEED.projects.bakery}/card_tables/wormholes/${wormhole.id}`, { destination_recording_id: columns.hqIdeas });
    expect(await json(repointed)).toMatchObject({ destination_url: expect.stringContaining(columns.hqIdeas) });
    expect((await write('DELETE', `/card_tables/wormholes/${wormhole.id}`)).status).toBe(204);
    expect((await read(`/card_tables/${tables.bakery}.json`)).wormholes).toBeUndefined();
    const same = await write('POST', `/card_tables/${tables.catalog}/wormholes.json`, { destination_recording_id: columns.triage });
    expect(same.status).toBe(422);
  });
});

describe('card table columns', () => {
  it('creates and updates a column, changing only the keys sent', async () => {
    const created = await write('POST', `/card_tables/${tables.hq}/columns.json`, { title: 'Doing', description: 'In hand this week' });
    expect(created.status).toBe(201);
    const column = await json<Json>(created);
    expect(column).toMatchObject({ type: 'Kanban::Column', title: 'Doing', description: 'In hand this week', position: 2, cards_count: 0 });
    const updated = await json<Json>(await write('PUT', `/card_tables/columns/${column.id}.json`, { title: 'Doing now' }));
    expect(updated).toMatchObject({ title: 'Doing now', description: 'In hand this week' });
    expect((await write('PUT', `/card_tables/columns/${column.id}.json`, { title: ' ' })).status).toBe(422);
    expect((await write('POST', `/card_tables/${tables.hq}/columns.json`, {})).status).toBe(422);
  });

  it('colours a column and 422s a colour Basecamp does not know', async () => {
    const response = await write('PUT', `/card_tables/columns/${columns.triage}/color.json`, { color: 'aqua' });
    expect(response.status).toBe(200);
    expect((await read(`/card_tables/columns/${columns.triage}.json`)).color).toBe('aqua');
    const bad = await write('PUT', `/card_tables/columns/${columns.triage}/color.json`, { color: 'chartreuse' });
    expect(bad.status).toBe(422);
    expect(await json(bad)).toEqual({ error: 'Color is not included in the list' });
  });

  it('watches and unwatches a column', async () => {
    expect((await write('POST', `/card_tables/lists/${columns.retouching}/subscription.json`, undefined, 'member')).status).toBe(204);
    const watched = await read(`/card_tables/columns/${columns.retouching}.json`);
    expect(watched.subscribers.map((person: Json) => person.id)).toContain(SEED.people.member);
    expect((await write('DELETE', `/card_tables/lists/${columns.retouching}/subscription.json`, undefined, 'member')).status).toBe(204);
    expect((await read(`/card_tables/columns/${columns.retouching}.json`)).subscribers.map((person: Json) => person.id)).not.toContain(SEED.people.member);
  });

  it('turns on hold on and off, returning held cards to the column', async () => {
    const on = await json<Json>(await write('POST', `/card_tables/columns/${columns.retouching}/on_hold.json`));
    expect(on.on_hold).toMatchObject({ status: 'active', cards_count: 0 });
    const card = await json<Json>(await write('POST', `/card_tables/lists/${on.on_hold.id}/cards.json`, { title: 'Waiting on the new lens' }));
    expect(card.parent.id).toBe(on.on_hold.id);
    const off = await json<Json>(await write('DELETE', `/card_tables/columns/${columns.retouching}/on_hold.json`));
    expect(off.on_hold).toBeUndefined();
    expect(off.cards_count).toBe(SEED.cards.counts.retouching + 1);
    expect((await read(`/card_tables/cards/${card.id}.json`)).parent.id).toBe(columns.retouching);
    expect((await write('POST', `/card_tables/columns/${columns.done}/on_hold.json`)).status).toBe(422);
  });
});

describe('card table cards', () => {
  it('creates, updates and moves a card; Done completes it', async () => {
    const created = await write('POST', `/card_tables/lists/${columns.triage}/cards.json`, { title: 'Check the spine width', content: '<div>Ask for 4mm.</div>', due_on: '2026-03-20' });
    expect(created.status).toBe(201);
    const card = await json<Json>(created);
    expect(card).toMatchObject({ type: 'Kanban::Card', title: 'Check the spine width', content: '<div>Ask for 4mm.</div>', description: '<div>Ask for 4mm.</div>', due_on: '2026-03-20', completed: false, steps: [] });
    expect(await read(`/card_tables/cards/${card.id}.json`)).toEqual(card);

    now += 60_000;
    const updated = await json<Json>(await write('PUT', `/card_tables/cards/${card.id}.json`, { title: 'Check the spine', assignee_ids: [SEED.people.production] }));
    expect(updated).toMatchObject({ title: 'Check the spine', content: '<div>Ask for 4mm.</div>', due_on: '2026-03-20', assignees: [{ id: SEED.people.production }] });
    expect((await write('PUT', `/card_tables/cards/${card.id}.json`, { due_on: null })).status).toBe(200);
    expect((await read(`/card_tables/cards/${card.id}.json`)).due_on).toBeNull();

    expect((await write('POST', `/card_tables/cards/${card.id}/moves.json`, { column_id: columns.done, position: 1 })).status).toBe(204);
    expect(await read(`/card_tables/cards/${card.id}.json`)).toMatchObject({ completed: true, parent: { id: columns.done }, position: 1, completer: { id: SEED.people.owner } });
    expect((await write('POST', `/card_tables/cards/${card.id}/moves.json`, { column_id: columns.triage, position: 0 })).status).toBe(400);
    expect((await write('POST', `/card_tables/cards/${card.id}/moves.json`, {})).status).toBe(422);
  });

  it('sends a card through a wormhole into another project', async () => {
    expect((await write('POST', `/card_tables/cards/${cards.notNow}/moves.json`, { column_id: SEED.cards.wormhole })).status).toBe(204);
    const moved = await read(`/card_tables/cards/${cards.notNow}.json`);
    expect(moved).toMatchObject({ parent: { id: columns.hqIdeas }, bucket: { id: SEED.projects.hq }, position: 1 });
  });

  it('422s a blank title and an unknown assignee', async () => {
    expect(await json(await write('POST', `/card_tables/lists/${columns.triage}/cards.json`, { title: '' }))).toEqual({ error: "Title can't be blank" });
    expect((await write('PUT', `/card_tables/cards/${cards.withSteps}.json`, { assignee_ids: [1] })).status).toBe(422);
  });

  it('hides a client-hidden board from the client and shows the shared one', async () => {
    expect((await harness.call(`/card_tables/${tables.catalog}.json`, { as: 'client' })).status).toBe(404);
    expect((await read(`/card_tables/cards/${cards.bakery}.json`, 'client')).title).toBe('Choose a font for the menu');
  });

  it('collects cards across projects in the account-wide views', async () => {
    const open = await read('/cards/open.json');
    const catalogGroup = open.find((group: Json) => group.bucket.id === SEED.projects.catalog);
    const openIds = catalogGroup.cards.map((card: Json) => card.id);
    expect(openIds).toContain(cards.withSteps);
    expect(openIds).not.toContain(cards.completed);
    expect(openIds).not.toContain(cards.notNow);
    const completed = (await read('/cards/completed.json')).flatMap((group: Json) => group.cards.map((card: Json) => card.id));
    expect(completed).toContain(cards.completed);
    const notNow = (await read('/cards/not_now.json')).flatMap((group: Json) => group.cards.map((card: Json) => card.id));
    expect(notNow).toEqual([cards.notNow]);
    const unassigned = (await read('/cards/unassigned.json')).flatMap((group: Json) => group.cards);
    expect(unassigned.every((card: Json) => card.assignees.length === 0)).toBe(true);
    const noDue = (await read('/cards/no_due_date.json')).flatMap((group: Json) => group.cards);
    expect(noDue.every((card: Json) => card.due_on === null)).toBe(true);
    const overdue = await read('/cards/overdue.json');
    expect(overdue.map((card: Json) => card.due_on)).toEqual([...overdue.map((card: Json) => card.due_on)].sort());
    expect(overdue.map((card: Json) => card.id)).toContain(cards.overdue);
    expect(overdue.every((card: Json) => card.due_on < '2026-03-02')).toBe(true);
    const mine = (await read(`/cards/open.json?assignee_ids[]=${SEED.people.illustrator}`)).flatMap((group: Json) => group.cards);
    expect(mine.map((card: Json) => card.id)).toEqual([cards.withSteps]);
  });
});

describe('card table steps', () => {
  it('creates, updates, completes, reopens and repositions a step', async () => {
    const created = await write('POST', `/card_tables/cards/${cards.withSteps}/steps.json`, { title: 'Print a test page', due_on: '2026-03-05', assignees: `${SEED.people.member}` });
    expect(created.status).toBe(201);
    const step = await json<Json>(created);
    expect(step).toMatchObject({ type: 'Kanban::Step', title: 'Print a test page', position: 4, completed: false, assignees: [{ id: SEED.people.member }] });
    expect(await read(`/card_tables/steps/${step.id}.json`)).toEqual(step);

    const updated = await json<Json>(await write('PUT', `/card_tables/steps/${step.id}.json`, { title: 'Print two test pages' }));
    expect(updated).toMatchObject({ title: 'Print two test pages', due_on: '2026-03-05', assignees: [{ id: SEED.people.member }] });

    expect(await json(await write('PUT', `/card_tables/steps/${step.id}/completions.json`, { completion: 'on' }))).toMatchObject({ completed: true });
    expect(await json(await write('PUT', `/card_tables/steps/${step.id}/completions.json`, { completion: 'off' }))).toMatchObject({ completed: false });
    expect((await write('PUT', `/card_tables/steps/${step.id}/completions.json`, {})).status).toBe(422);

    expect((await write('POST', `/card_tables/cards/${cards.withSteps}/positions.json`, { source_id: step.id, position: 0 })).status).toBe(204);
    const card = await read(`/card_tables/cards/${cards.withSteps}.json`);
    expect(card.steps.map((s: Json) => s.id)[0]).toBe(step.id);
    expect(card.steps.map((s: Json) => s.position)).toEqual([1, 2, 3, 4]);
    expect((await write('POST', `/card_tables/cards/${cards.withSteps}/steps.json`, { title: '  ' })).status).toBe(422);
  });

  it('serves the legacy bucket form of a step', async () => {
    expect((await read(`/buckets/${SEED.projects.catalog}/card_tables/steps/${steps.pending}.json`)).id).toBe(steps.pending);
    expect((await harness.call(`/buckets/${SEED.projects.hq}/card_tables/steps/${steps.pending}.json`)).status).toBe(404);
  });
});
