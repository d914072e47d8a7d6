import type * as Wire from '../client/wire-types.ts';
import {
  COLUMN_COLORS,
  fetchCardColumns,
  fetchCards,
  fetchCardSteps,
  fetchCardTables,
  listCardGroups,
  listOverdueCards,
  wormholeDestinationId,
  type CardGroupRecord,
} from '../resolvers/card-tables.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { calls } from './coverage.ts';
import { recordingFields, specFields } from './fields.ts';
import { Attachment } from './files.ts';
import { connectionOf, identifiedRef, implementObject, linkTo, node, paged } from './nodes.ts';
import { Person } from './people.ts';
import { dockToolField, Project } from './projects.ts';
import { enumOf, openEnum } from './enums.ts';
import { implementRecording } from './recording-type.ts';

/** A column's colour, read and set alike (`setCardTableColumnColor`). */
export const ColumnColor = openEnum('CardTableColumnColor', {
  description: 'The colours a card table column can take.',
  values: Object.fromEntries(COLUMN_COLORS.map((color) => [color.toUpperCase(), { value: color, description: `The ${color} column colour.` }])) as {
    [K in (typeof COLUMN_COLORS)[number] as Uppercase<K>]: { value: K; description: string };
  },
});

export const CardTable = node('CardTable', { load: fetchCardTables, recordingTypes: ['Kanban::Board'], lookup: 'A card table' });

export const CardTableColumn = node('CardTableColumn', {
  load: fetchCardColumns,
  recordingTypes: ['Kanban::Triage', 'Kanban::Column', 'Kanban::NotNowColumn', 'Kanban::DoneColumn'],
  lookup: 'A card table column of any kind',
});

export const CardTableCard = node('CardTableCard', { load: fetchCards, recordingTypes: ['Kanban::Card'], lookup: 'A card' });

export const CardTableStep = node('CardTableStep', {
  load: fetchCardSteps,
  recordingTypes: ['Kanban::Step'],
  lookup: 'A step of a card',
});

export const CardTableCardConnection = connectionOf(CardTableCard);

/**
 * Basecamp cannot read a wormhole on its own (there is no GET), so it is no node: it is reached
 * through its card table and changed by its Basecamp id.
 */
export const Wormhole = implementObject(identifiedRef<Wire.Wormhole>('Wormhole'), 'A portal on a card table that sends cards to a column of a card table in another project.', (t) => ({
  ...specFields(t, 'Wormhole', {
    basecampId: 'The numeric Basecamp id, as a string; pass it to `updateWormhole` and `deleteWormhole`.',
    visibleToClients: { nullable: true },
    title: 'Its label on the board, naming where it leads.',
    inheritsStatus: { nullable: true, description: 'Whether it is archived or trashed along with its board.' },
    type: 'Basecamp\'s own type name for it.',
    url: 'The REST URL of the board it sits on.',
    appUrl: 'Where its board lives in the web app.',
    color: 'Its colour name, if it has one.',
    linked: 'True while the far column, its board and its project are all active.',
    destinationUrl: 'REST URL of the far column; null once the link is broken.',
  }),
  creator: t.expose('creator', { type: Person, description: 'Who made it; embedded in full, no extra call.', extensions: embedded() }),
  parent: t.field({
    ...linkTo(CardTable),
    description: 'The card table it sits on.',
    resolve: (wormhole) => wormhole.parent.id,
  }),
  bucket: t.field({ type: Project, nullable: true, description: 'The project of the board it sits on.', resolve: (wormhole) => wormhole.bucket.id }),
  destination: t.field({
    ...linkTo(CardTableColumn),
    description: 'The column cards arrive in; null once the link is broken.',
    resolve: (wormhole) => wormholeDestinationId(wormhole),
  }),
}));

implementRecording(CardTable, 'A project\'s card table (kanban board): columns of cards that move left to right as work progresses.', (t) => ({
  ...recordingFields(t, 'CardTable', {
    publicLinkUrl: { type: 'String', nullable: true, description: 'REST URL for sharing the board by public link.' },
    subscribers: { type: [Person], description: 'Who is notified of changes to the board; embedded in full, no extra call.', extensions: embedded() },
    lists: { type: [CardTableColumn], description: 'Its columns in board order: Triage, Not now, the numbered columns, then Done. Embedded in full, no extra call.', extensions: embedded() },
    wormholes: { type: [Wormhole], description: 'Portals from this board to columns on other projects\' boards.' },
  }),
}));

const CardTableColumnOnHold = implementObject(identifiedRef<Wire.CardColumnOnHold>('CardTableColumnOnHold'), 'The on-hold section of a column: cards parked under the column until they can move on.', (t) => ({
  ...specFields(t, 'CardColumnOnHold', {
    basecampId: 'The numeric Basecamp id; it also names the section as a card list (`createCard`, `moveCard`).',
    inheritsStatus: { nullable: true },
    cardsCount: 'How many cards are on hold.',
  }),
  cards: paged(t, CardTableCardConnection, 'ListCards', {
    description: 'The cards on hold, top first.',
    params: (section) => ({ columnId: section.id }),
  }),
}));

implementRecording(CardTableColumn, 'A column of a card table. Its Basecamp `type` says which kind: `Kanban::Triage`, `Kanban::Column`, `Kanban::NotNowColumn` or `Kanban::DoneColumn`.', (t) => ({
  ...recordingFields(t, 'CardColumn', {
    subscriptionUrl: { type: 'String', nullable: true },
    position: 'Order among the numbered columns, from 1; null for Triage, Not now and Done.',
    description: 'What the column is for, plain text.',
    color: { type: ColumnColor, description: 'Its colour; null when uncoloured.' },
    cardsCount: 'How many cards are in it, not counting those on hold.',
    commentCount: { type: 'Int', nullable: true, description: 'How many comments it has (the docs\' key).' },
    commentsCount: 'How many comments it has (the spec\'s key).',
    subscribers: { type: [Person], description: 'Who watches the column; embedded in full, no extra call.', extensions: embedded() },
  }),
  onHold: t.expose('on_hold', { type: CardTableColumnOnHold, nullable: true, description: 'Its on-hold section, when it has one.' }),
  cards: paged(t, CardTableCardConnection, 'ListCards', {
    description: 'The cards in the column, top first.',
    params: (column) => ({ columnId: column.id }),
  }),
}));

implementRecording(CardTableCard, 'A card on a card table: a piece of work with notes, assignees, a due date and steps.', (t) => ({
  ...recordingFields(t, 'Card', {
    commentCount: { type: 'Int', nullable: true, description: 'The comment count again, under the docs\' other key.' },
    position: 'Order in its column, from 1 at the top.',
    content: 'The card\'s notes, rich text (HTML).',
    description: 'The same notes as `content`, rich text (HTML).',
    completed: 'Whether it has reached Done.',
    descriptionAttachments: { type: [Attachment], description: 'Files embedded in the notes.' },
    assignees: { type: [Person], description: 'Who it is assigned to; embedded in full, no extra call.', extensions: embedded() },
    completionSubscribers: { type: [Person], description: 'Who is notified when it is completed.', extensions: embedded() },
    steps: { type: [CardTableStep], description: 'Its checklist, in order; embedded in full, no extra call.', extensions: embedded() },
  }),
  completer: t.expose('completer', { type: Person, nullable: true, description: 'Who completed it; embedded in full.', extensions: embedded() }),
}));

implementRecording(CardTableStep, 'One step of a card\'s checklist.', (t) => ({
  ...recordingFields(t, 'CardStep', {
    position: 'Order on the card, from 1.',
    completionUrl: 'Where to set its completion; Basecamp sends this one path-only.',
    assignees: { type: [Person], description: 'Who it is assigned to; embedded in full, no extra call.', extensions: embedded() },
  }),
  completer: t.expose('completer', { type: Person, nullable: true, description: 'Who completed it; embedded in full.', extensions: embedded() }),
}));

const CardTableCardGroup = implementObject(builder.objectRef<CardGroupRecord>('CardTableCardGroup'), 'The matching cards of one project, in an account-wide card view.', (t) => ({
  project: t.field({ type: Project, nullable: true, description: 'The project the cards are in.', resolve: (group) => group.bucket.id }),
  cards: t.expose('cards', { type: [CardTableCard], description: 'Its matching cards, with their steps; no extra call.', extensions: embedded() }),
}));

const CardTableCardGroupConnection = connectionOf(CardTableCardGroup);

const CardView = enumOf('CardView', 'Which cards an account-wide card view collects.', {
  OPEN: ['open', 'Not completed, in Triage or a numbered column.'],
  COMPLETED: ['completed', 'Completed.'],
  NO_DUE_DATE: ['no_due_date', 'Open and without a due date.'],
  NOT_NOW: ['not_now', 'Parked in a board\'s Not now column.'],
  UNASSIGNED: ['unassigned', 'Open and assigned to nobody.'],
});

const CardDueFilter = enumOf('CardDueFilter', 'Narrows card views by due date.', {
  WITH: ['with', 'Only cards with a due date.'],
  WITHOUT: ['without', 'Only cards without one.'],
  OVERDUE: ['overdue', 'Only cards past their due date.'],
});

dockToolField('cardTable', CardTable, 'kanban_board', 'The project\'s card table; null when the tool is turned off.');

builder.queryFields((t) => ({
  cardsByProject: paged(t, CardTableCardGroupConnection, ['GetEverythingOpenCards', 'GetEverythingCompletedCards', 'GetEverythingNoDueDateCards', 'GetEverythingNotNowCards', 'GetEverythingUnassignedCards'], {
    description: 'Cards across every project you can see, grouped by project, a page of projects at a time.',
    args: {
      view: t.arg({ type: CardView, required: true, description: 'Which cards to collect.' }),
      assigneeIds: t.arg.idList({ description: 'Only cards assigned to at least one of these people.' }),
      due: t.arg({ type: CardDueFilter, description: 'Narrow further by due date.' }),
    },
    resolve: (_root, args, ctx) => listCardGroups(ctx, args.view, args),
  }),
  overdueCards: t.connection(
    {
      type: CardTableCard,
      ...calls('GetEverythingOverdueCards'),
      description: 'Open cards past their due date across every project you can see, oldest due date first.',
      args: {
        assigneeIds: t.arg.idList({ description: 'Only cards assigned to at least one of these people.' }),
        due: t.arg({ type: CardDueFilter, description: 'Narrow further by due date.' }),
      },
      resolve: (_root, args, ctx) => listOverdueCards(ctx, args),
    },
    CardTableCardConnection,
  ),
}));
