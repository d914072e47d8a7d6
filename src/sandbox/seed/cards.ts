import { addCard, addColumn, addOnHold, addStep, addWormhole, boardColumns, boardOf, ensureDefaultColumns, placeCard } from '../factories/cards.ts';
import type { Project } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import { signedGlobalId } from '../urls.ts';
import { DAY, MINUTE } from '../durations.ts';

/**
 * Card tables for the seeded account: the spring catalog's production board (one column long
 * enough to page), the bakery's client-visible board and a small HQ board a wormhole leads to.
 */

export interface CardLandmarks {
  tables: { catalog: string; bakery: string; hq: string };
  columns: {
    /** Catalog Triage. */
    triage: string;
    /** Catalog "Retouching": the long column, `counts.retouching` cards, spans pages. */
    retouching: string;
    /** Catalog "At the printer": orange, with an on-hold section holding one card. */
    printer: string;
    /** The on-hold section of `printer` (its id is a card list too). */
    printerOnHold: string;
    notNow: string;
    done: string;
    /** HQ "Ideas", where the catalog board's wormhole leads. */
    hqIdeas: string;
    /** Bakery Triage; the board is shared with the client. */
    bakeryTriage: string;
  };
  cards: {
    /** Three steps (one done), two assignees, a due date and a mention in its content. */
    withSteps: string;
    /** In Done, so completed. */
    completed: string;
    /** Parked in Not now. */
    notNow: string;
    /** Unassigned, no due date, in Triage. */
    unassigned: string;
    /** Due in early 2026 and still open. */
    overdue: string;
    /** On the bakery board, visible to the client. */
    bakery: string;
  };
  steps: { pending: string; completed: string };
  /** On the catalog board, leading to `columns.hqIdeas`. */
  wormhole: string;
  counts: { retouching: number };
}

/** Photos to retouch, one card each: enough for the column to need three pages of 15, 30 and 50. */
const RETOUCH = [
  'linen apron', 'walnut cutting board', 'stoneware mug', 'enamel colander', 'wool throw', 'brass candle snuffer',
  'cedar spice rack', 'glass oil cruet', 'copper watering can', 'rattan tray', 'oak step stool', 'cotton tea towels',
  'cast-iron trivet', 'ceramic berry bowl', 'bamboo steamer', 'leather key fob', 'porcelain butter dish', 'birch bread box',
  'hemp market bag', 'steel egg rack',
] as const;

/** Seeds every project's board columns, then the three boards above; returns their landmarks. */
export function seedCards(
  state: SandboxState,
  people: Record<'owner' | 'production' | 'member' | 'photographer' | 'copywriter' | 'illustrator' | 'developer' | 'client' | 'admin', string>,
  projects: { hq: Project; catalog: Project; bakery: Project },
): CardLandmarks {
  for (const project of state.projects.values()) ensureDefaultColumns(state, boardOf(state, project));

  const catalog = boardOf(state, projects.catalog);
  const at = projects.catalog.createdAt + 12 * DAY;
  const [triage, notNow, done] = (['Kanban::Triage', 'Kanban::NotNowColumn', 'Kanban::DoneColumn'] as const).map((type) => {
    const column = boardColumns(state, catalog).find((candidate) => candidate.type === type);
    if (!column) throw new Error(`catalog board has no ${type}`);
    return column;
  });
  if (!triage || !notNow || !done) throw new Error('catalog board columns missing');

  const retouching = addColumn(state, catalog, { title: 'Retouching', description: 'Photos back from the shoot, waiting for colour and dust fixes.', creatorId: people.photographer }, at);
  const layout = addColumn(state, catalog, { title: 'In layout', color: 'blue', creatorId: people.production }, at + MINUTE);
  const printer = addColumn(state, catalog, { title: 'At the printer', color: 'orange', creatorId: people.production }, at + 2 * MINUTE);

  RETOUCH.forEach((product, i) =>
    addCard(state, retouching, {
      title: `Retouch the ${product} shots`,
      creatorId: people.photographer,
      assigneeIds: i % 3 === 0 ? [] : [people.photographer],
      dueOn: i % 4 === 0 ? isoDate(Date.parse('2026-02-02') + i * DAY) : null,
    }, at + (10 + i) * MINUTE),
  );

  const withSteps = addCard(state, layout, {
    title: 'Lay out the kitchen spread',
    content: `<div>Pages 12 and 13. ${mention(people.copywriter)} has the captions.</div>`,
    creatorId: people.production,
    assigneeIds: [people.production, people.illustrator],
    completionSubscriberIds: [people.owner],
    dueOn: '2026-02-20',
  }, at + DAY);
  const stepDone = addStep(state, withSteps, { title: 'Pick the hero photo', creatorId: people.production, assigneeIds: [people.photographer], completion: { createdAt: at + 2 * DAY, creatorId: people.photographer } }, at + DAY + MINUTE);
  const stepPending = addStep(state, withSteps, { title: 'Fit the captions', creatorId: people.production, assigneeIds: [people.copywriter], dueOn: '2026-02-18' }, at + DAY + 2 * MINUTE);
  addStep(state, withSteps, { title: 'Send a proof to Maren', creatorId: people.production }, at + DAY + 3 * MINUTE);
  addCard(state, layout, { title: 'Lay out the textiles spread', creatorId: people.production, assigneeIds: [people.member] }, at + DAY + 5 * MINUTE);

  const overdue = addCard(state, printer, { title: 'Approve the paper sample', creatorId: people.production, assigneeIds: [people.owner], dueOn: '2026-01-15' }, at + 2 * DAY);
  const onHold = addOnHold(state, printer, people.production, at + 2 * DAY + MINUTE);
  addCard(state, onHold, { title: 'Reprint the cover if the foil smudges', creatorId: people.production }, at + 2 * DAY + 2 * MINUTE);

  const unassigned = addCard(state, triage, { title: 'Should the index list materials?', creatorId: people.copywriter }, at + 3 * DAY);
  addCard(state, triage, { title: 'Ask the printer about recycled stock', creatorId: people.member, assigneeIds: [people.member], dueOn: '2026-03-02' }, at + 3 * DAY + MINUTE);
  const parked = addCard(state, notNow, { title: 'A pop-up shop version of the catalog', creatorId: people.owner }, at + 3 * DAY + 2 * MINUTE);
  const completed = addCard(state, layout, { title: 'Lay out the front cover', creatorId: people.illustrator, assigneeIds: [people.illustrator] }, at + 4 * DAY);
  placeCard(state, completed, done, 1, people.illustrator, at + 6 * DAY);
  addCard(state, done, { title: 'Agree the page grid', creatorId: people.production }, at + 5 * DAY);

  const hq = boardOf(state, projects.hq);
  const hqAt = projects.hq.createdAt + 20 * DAY;
  const ideas = addColumn(state, hq, { title: 'Ideas', description: 'Anything worth trying next season.', color: 'green', creatorId: people.owner }, hqAt);
  addCard(state, ideas, { title: 'A studio open day in June', creatorId: people.owner }, hqAt + MINUTE);
  addCard(state, ideas, { title: 'Swap the newsletter to monthly', creatorId: people.admin, assigneeIds: [people.admin] }, hqAt + 2 * MINUTE);
  const wormhole = addWormhole(state, catalog, ideas, people.production, at + 7 * DAY);

  const bakery = boardOf(state, projects.bakery);
  const bakeryAt = projects.bakery.createdAt + 3 * DAY;
  const bakeryTriage = boardColumns(state, bakery).find((column) => column.type === 'Kanban::Triage');
  if (!bakeryTriage) throw new Error('bakery board has no Triage');
  const design = addColumn(state, bakery, { title: 'Design', creatorId: people.developer }, bakeryAt);
  const bakeryCard = addCard(state, bakeryTriage, { title: 'Choose a font for the menu', content: '<div>Something that reads well on a phone.</div>', creatorId: people.client, assigneeIds: [people.developer] }, bakeryAt + MINUTE);
  addCard(state, design, { title: 'Mock up the pre-order page', creatorId: people.developer, assigneeIds: [people.developer], dueOn: '2026-02-10' }, bakeryAt + 2 * MINUTE);

  return {
    tables: { catalog: catalog.id, bakery: bakery.id, hq: hq.id },
    columns: {
      triage: triage.id, retouching: retouching.id, printer: printer.id, printerOnHold: onHold.id,
      notNow: notNow.id, done: done.id, hqIdeas: ideas.id, bakeryTriage: bakeryTriage.id,
    },
    cards: { withSteps: withSteps.id, completed: completed.id, notNow: parked.id, unassigned: unassigned.id, overdue: overdue.id, bakery: bakeryCard.id },
    steps: { pending: stepPending.id, completed: stepDone.id },
    wormhole: wormhole.id,
    counts: { retouching: RETOUCH.length },
  };
}

function mention(personId: string): string {
  return `<bc-attachment sgid="${signedGlobalId('Person', personId)}" content-type="application/vnd.basecamp.mention"></bc-attachment>`;
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
