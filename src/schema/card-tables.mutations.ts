import {
  COLUMN_COLORS,
  createCard,
  createCardColumn,
  createCardStep,
  createWormhole,
  deleteWormhole,
  moveCard,
  moveCardColumn,
  repositionCardStep,
  setCardColumnColor,
  setCardColumnOnHold,
  setCardColumnWatched,
  setCardStepCompleted,
  updateCard,
  updateCardColumn,
  updateCardStep,
  updateWormhole,
} from '../resolvers/card-tables.ts';
import { builder } from './builder.ts';
import { CardTableCard, CardTableColumn, CardTableStep, Wormhole } from './card-tables.ts';
import { uses } from './coverage.ts';

const ColumnColor = builder.enumType('CardTableColumnColor', {
  description: 'The colours a card table column can take.',
  values: Object.fromEntries(COLUMN_COLORS.map((color) => [color.toUpperCase(), { value: color, description: `The ${color} column colour.` }])) as {
    [K in (typeof COLUMN_COLORS)[number] as Uppercase<K>]: { value: K; description: string };
  },
});


builder.relayMutationField(
  'createCardTableColumn',
  {
    inputFields: (t) => ({
      cardTableId: t.id({ required: true, description: 'The card table to add it to.' }),
      title: t.string({ required: true }),
      description: t.string({ description: 'What the column is for, plain text.' }),
    }),
  },
  { description: 'Adds a numbered column after the last one.', extensions: uses('CreateCardColumn'), resolve: (_root, { input }, ctx) => createCardColumn(ctx, input) },
  { outputFields: (t) => ({ column: t.field({ type: CardTableColumn, resolve: (column) => column }) }) },
);

builder.relayMutationField(
  'updateCardTableColumn',
  {
    description: 'Changes to a column: fields left out keep their value, a null description clears it.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      title: t.string({ description: 'The new title; cannot be blank.' }),
      description: t.string(),
    }),
  },
  { description: 'Renames or re-describes a column.', extensions: uses('UpdateCardColumn'), resolve: (_root, { input }, ctx) => updateCardColumn(ctx, input) },
  { outputFields: (t) => ({ column: t.field({ type: CardTableColumn, resolve: (column) => column }) }) },
);

builder.relayMutationField(
  'moveCardTableColumn',
  {
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'A numbered column.' }),
      cardTableId: t.id({ required: true, description: 'The card table it is on.' }),
      position: t.int({ description: 'Its new place among the numbered columns, from 1 (the default).' }),
    }),
  },
  { description: 'Moves a numbered column left or right.', extensions: uses('MoveCardColumn', 'GetCardColumn'), resolve: (_root, { input }, ctx) => moveCardColumn(ctx, input) },
  { outputFields: (t) => ({ column: t.field({ type: CardTableColumn, resolve: (column) => column }) }) },
);

builder.relayMutationField(
  'setCardTableColumnColor',
  { inputFields: (t) => ({ id: t.id({ required: true }), color: t.field({ type: ColumnColor, required: true }) }) },
  { description: 'Colours a column.', extensions: uses('SetCardColumnColor'), resolve: (_root, { input }, ctx) => setCardColumnColor(ctx, input) },
  { outputFields: (t) => ({ column: t.field({ type: CardTableColumn, resolve: (column) => column }) }) },
);

for (const [name, on, operations, description] of [
  ['enableCardTableColumnOnHold', true, ['EnableCardColumnOnHold'], 'Gives a column an on-hold section for cards that are waiting.'],
  ['disableCardTableColumnOnHold', false, ['DisableCardColumnOnHold', 'GetCardColumn'], 'Removes a column\'s on-hold section; its cards return to the column.'],
] as const) {
  builder.relayMutationField(
    name,
    { inputFields: (t) => ({ id: t.id({ required: true }) }) },
    { description, extensions: uses(...operations), resolve: (_root, { input }, ctx) => setCardColumnOnHold(ctx, input.id, on) },
    { outputFields: (t) => ({ column: t.field({ type: CardTableColumn, resolve: (column) => column }) }) },
  );
}

for (const [name, watching, operation, description] of [
  ['watchCardTableColumn', true, 'SubscribeToCardColumn', 'Starts watching a column: you are notified of new cards in it.'],
  ['unwatchCardTableColumn', false, 'UnsubscribeFromCardColumn', 'Stops watching a column.'],
] as const) {
  builder.relayMutationField(
    name,
    { inputFields: (t) => ({ id: t.id({ required: true }) }) },
    { description, extensions: uses(operation, 'GetCardColumn'), resolve: (_root, { input }, ctx) => setCardColumnWatched(ctx, input.id, watching) },
    { outputFields: (t) => ({ column: t.field({ type: CardTableColumn, resolve: (column) => column }) }) },
  );
}


builder.relayMutationField(
  'createCardTableCard',
  {
    inputFields: (t) => ({
      columnId: t.id({ required: true, description: 'The column to add it to, or the Basecamp id of a column\'s on-hold section.' }),
      title: t.string({ required: true }),
      content: t.string({ description: 'Notes, as rich text (HTML).' }),
      dueOn: t.field({ type: 'Date' }),
      notify: t.boolean({ description: 'Notify the people assigned.' }),
    }),
  },
  { description: 'Adds a card to the bottom of a column.', extensions: uses('CreateCard'), resolve: (_root, { input }, ctx) => createCard(ctx, input) },
  { outputFields: (t) => ({ card: t.field({ type: CardTableCard, resolve: (card) => card }) }) },
);

builder.relayMutationField(
  'updateCardTableCard',
  {
    description: 'Changes to a card: fields left out keep their value, an explicit null clears.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      title: t.string({ description: 'The new title; cannot be blank.' }),
      content: t.string({ description: 'Notes, as rich text (HTML).' }),
      dueOn: t.field({ type: 'Date' }),
      assigneeIds: t.idList({ description: 'The new assignees, replacing the current ones.' }),
    }),
  },
  { description: 'Edits a card, changing only the fields given.', extensions: uses('UpdateCard'), resolve: (_root, { input }, ctx) => updateCard(ctx, input) },
  { outputFields: (t) => ({ card: t.field({ type: CardTableCard, resolve: (card) => card }) }) },
);

builder.relayMutationField(
  'moveCardTableCard',
  {
    inputFields: (t) => ({
      id: t.id({ required: true }),
      columnId: t.id({
        required: true,
        description: 'Where to: a column of the same board, the Basecamp id of an on-hold section, or the Basecamp id of a wormhole to send it to another project.',
      }),
      position: t.int({ description: 'Its place in the column, from 1 (the default, the top).' }),
    }),
  },
  { description: 'Moves a card to another column, or to another project through a wormhole.', extensions: uses('MoveCard', 'GetCard'), resolve: (_root, { input }, ctx) => moveCard(ctx, input) },
  { outputFields: (t) => ({ card: t.field({ type: CardTableCard, resolve: (card) => card }) }) },
);


builder.relayMutationField(
  'createCardTableStep',
  {
    inputFields: (t) => ({
      cardId: t.id({ required: true }),
      title: t.string({ required: true }),
      dueOn: t.field({ type: 'Date' }),
      assigneeIds: t.idList({ description: 'People to assign.' }),
    }),
  },
  { description: 'Adds a step to the end of a card\'s checklist.', extensions: uses('CreateCardStep'), resolve: (_root, { input }, ctx) => createCardStep(ctx, input) },
  { outputFields: (t) => ({ step: t.field({ type: CardTableStep, resolve: (step) => step }) }) },
);

builder.relayMutationField(
  'updateCardTableStep',
  {
    description: 'Changes to a step: fields left out keep their value, an explicit null clears.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      title: t.string({ description: 'The new title; cannot be blank.' }),
      dueOn: t.field({ type: 'Date' }),
      assigneeIds: t.idList({ description: 'The new assignees, replacing the current ones.' }),
    }),
  },
  { description: 'Edits a step, changing only the fields given.', extensions: uses('UpdateCardStep'), resolve: (_root, { input }, ctx) => updateCardStep(ctx, input) },
  { outputFields: (t) => ({ step: t.field({ type: CardTableStep, resolve: (step) => step }) }) },
);

for (const [name, completed, description] of [
  ['completeCardTableStep', true, 'Ticks a step off.'],
  ['uncompleteCardTableStep', false, 'Marks a ticked step as pending again.'],
] as const) {
  builder.relayMutationField(
    name,
    { inputFields: (t) => ({ id: t.id({ required: true }) }) },
    { description, extensions: uses('SetCardStepCompletion'), resolve: (_root, { input }, ctx) => setCardStepCompleted(ctx, input.id, completed) },
    { outputFields: (t) => ({ step: t.field({ type: CardTableStep, resolve: (step) => step }) }) },
  );
}

builder.relayMutationField(
  'repositionCardTableStep',
  {
    inputFields: (t) => ({
      id: t.id({ required: true }),
      cardId: t.id({ required: true, description: 'The card it is on.' }),
      position: t.int({ required: true, description: 'Its new place, counting from 1.' }),
    }),
  },
  { description: 'Moves a step within its card\'s checklist.', extensions: uses('RepositionCardStep', 'GetCardStep'), resolve: (_root, { input }, ctx) => repositionCardStep(ctx, input) },
  { outputFields: (t) => ({ step: t.field({ type: CardTableStep, resolve: (step) => step }) }) },
);


builder.relayMutationField(
  'createWormhole',
  {
    inputFields: (t) => ({
      cardTableId: t.id({ required: true, description: 'The board to put it on.' }),
      destinationColumnId: t.id({ required: true, description: 'A column on another project\'s card table.' }),
    }),
  },
  {
    description: 'Adds a wormhole to a card table, so its cards can be sent to a column in another project.',
    extensions: uses('GetCardTable', 'CreateWormhole'),
    resolve: (_root, { input }, ctx) => createWormhole(ctx, input),
  },
  { outputFields: (t) => ({ wormhole: t.field({ type: Wormhole, resolve: (wormhole) => wormhole }) }) },
);

builder.relayMutationField(
  'updateWormhole',
  {
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The wormhole\'s Basecamp id.' }),
      projectId: t.id({ required: true, description: 'The project whose board holds it (Basecamp addresses wormholes through it).' }),
      destinationColumnId: t.id({ required: true, description: 'The new far column.' }),
    }),
  },
  { description: 'Points a wormhole at another column.', extensions: uses('UpdateWormhole'), resolve: (_root, { input }, ctx) => updateWormhole(ctx, input) },
  { outputFields: (t) => ({ wormhole: t.field({ type: Wormhole, resolve: (wormhole) => wormhole }) }) },
);

builder.relayMutationField(
  'deleteWormhole',
  {
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The wormhole\'s Basecamp id.' }),
      projectId: t.id({ required: true, description: 'The project whose board holds it.' }),
    }),
  },
  { description: 'Removes a wormhole from its board.', extensions: uses('DeleteWormhole'), resolve: (_root, { input }, ctx) => deleteWormhole(ctx, input) },
  { outputFields: (t) => ({ basecampId: t.id({ description: 'The Basecamp id of the removed wormhole.', resolve: (id) => id }) }) },
);
