import {
  createCard,
  createCardColumn,
  createCardStep,
  createWormhole,
  deleteWormhole,
  moveCard,
  readCard,
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
import { CardTable, CardTableCard, CardTableColumn, CardTableStep, ColumnColor, Wormhole } from './card-tables.ts';
import { specInput, specInputOn } from './inputs.ts';
import { deletion, edgeOf, mutation, mutationsOf } from './mutation.ts';

// A new card goes to the bottom of its column.
const cardEdge = edgeOf('ListCards', 'CardTableCardEdge', 'bottom', (columnId) => ({ columnId }));



// A column's, a card's and a step's mutations each answer with the object and what it sits in.
const columnMutation = mutationsOf({ payload: { column: CardTableColumn }, parent: { cardTable: CardTable } });
const cardMutation = mutationsOf({ payload: { card: CardTableCard }, parent: { cardTableColumn: CardTableColumn } });
const stepMutation = mutationsOf({ payload: { step: CardTableStep }, parent: { cardTableCard: CardTableCard } });

columnMutation('createCardTableColumn', {
  description: 'Adds a numbered column after the last one.',
  uses: ['CreateCardColumn'],
  input: (t) => specInput(t, 'CreateCardColumn', { cardTableId: 'The card table to add it to.', description: 'What the column is for, plain text.' }),
  resolve: (input, ctx) => createCardColumn(ctx, input),
});

columnMutation('updateCardTableColumn', {
  description: 'Renames or re-describes a column.',
  uses: ['UpdateCardColumn'],
  inputDescription: 'Changes to a column: fields left out keep their value, a null description clears it.',
  input: (t) => specInputOn(t, 'UpdateCardColumn', { title: 'The new title; cannot be blank.' }),
  resolve: (input, ctx) => updateCardColumn(ctx, input),
});

columnMutation('moveCardTableColumn', {
  description: 'Moves a numbered column left or right.',
  uses: ['MoveCardColumn', 'GetCardColumn'],
  input: (t) => ({
    id: t.id({ required: true, description: 'A numbered column.' }),
    cardTableId: t.id({ required: true, description: 'The card table it is on.' }),
    position: t.int({ description: 'Its new place among the numbered columns, from 1 (the default).' }),
  }),
  resolve: (input, ctx) => moveCardColumn(ctx, input),
});

columnMutation('setCardTableColumnColor', {
  description: 'Colours a column.',
  uses: ['SetCardColumnColor'],
  input: (t) => ({ id: t.id({ required: true }), color: t.field({ type: ColumnColor, required: true }) }),
  resolve: (input, ctx) => setCardColumnColor(ctx, input),
});

for (const [name, on, operations, description] of [
  ['enableCardTableColumnOnHold', true, ['EnableCardColumnOnHold'], 'Gives a column an on-hold section for cards that are waiting.'],
  ['disableCardTableColumnOnHold', false, ['DisableCardColumnOnHold', 'GetCardColumn'], 'Removes a column\'s on-hold section; its cards return to the column.'],
] as const) {
  columnMutation(name, {
    description,
    uses: operations,
    input: (t) => ({ id: t.id({ required: true }) }),
    resolve: (input, ctx) => setCardColumnOnHold(ctx, input.id, on),
  });
}

for (const [name, watching, operation, description] of [
  ['watchCardTableColumn', true, 'SubscribeToCardColumn', 'Starts watching a column: you are notified of new cards in it.'],
  ['unwatchCardTableColumn', false, 'UnsubscribeFromCardColumn', 'Stops watching a column.'],
] as const) {
  columnMutation(name, {
    description,
    uses: [operation, 'GetCardColumn'],
    input: (t) => ({ id: t.id({ required: true }) }),
    resolve: (input, ctx) => setCardColumnWatched(ctx, input.id, watching),
  });
}


cardMutation('createCardTableCard', {
  description: 'Adds a card to the bottom of a column.',
  uses: ['CreateCard'],
  input: (t) =>
    specInput(t, 'CreateCard', {
      columnId: 'The column to add it to, or the Basecamp id of a column\'s on-hold section.',
      content: 'Notes, as rich text (HTML).',
      notify: 'Notify the people assigned.',
    }),
  resolve: (input, ctx) => createCard(ctx, input),
  edge: cardEdge,
});

cardMutation('updateCardTableCard', {
  description: 'Edits a card, changing only the fields given.',
  uses: ['UpdateCard'],
  inputDescription: 'Changes to a card: fields left out keep their value, an explicit null clears.',
  input: (t) =>
    specInputOn(t, 'UpdateCard', {
      title: 'The new title; cannot be blank.',
      content: 'Notes, as rich text (HTML).',
      assigneeIds: 'The new assignees, replacing the current ones.',
    }),
  resolve: (input, ctx) => updateCard(ctx, input),
});

cardMutation('moveCardTableCard', {
  description: 'Moves a card to another column, or to another project through a wormhole.',
  uses: ['MoveCard', 'GetCard'],
  input: (t) =>
    specInputOn(t, 'MoveCard', {
      columnId: 'Where to: a column of the same board, the Basecamp id of an on-hold section, or the Basecamp id of a wormhole to send it to another project.',
      position: 'Its place in the column, from 1 (the default, the top).',
    }),
  resolve: (input, ctx) => moveCard(ctx, input),
  // The column it left loses a card: its count and its cards, stale in a client cache otherwise.
  left: { before: (input, ctx) => readCard(ctx, input.id), parent: { fromCardTableColumn: CardTableColumn } },
});


stepMutation('createCardTableStep', {
  description: 'Adds a step to the end of a card\'s checklist.',
  uses: ['CreateCardStep'],
  input: (t) => specInput(t, 'CreateCardStep', { assigneeIds: 'People to assign.' }),
  resolve: (input, ctx) => createCardStep(ctx, input),
});

stepMutation('updateCardTableStep', {
  description: 'Edits a step, changing only the fields given.',
  uses: ['UpdateCardStep'],
  inputDescription: 'Changes to a step: fields left out keep their value, an explicit null clears.',
  input: (t) =>
    specInputOn(t, 'UpdateCardStep', {
      title: 'The new title; cannot be blank.',
      assigneeIds: 'The new assignees, replacing the current ones.',
    }),
  resolve: (input, ctx) => updateCardStep(ctx, input),
});

for (const [name, completed, description] of [
  ['completeCardTableStep', true, 'Ticks a step off.'],
  ['uncompleteCardTableStep', false, 'Marks a ticked step as pending again.'],
] as const) {
  stepMutation(name, {
    description,
    uses: ['SetCardStepCompletion'],
    input: (t) => ({ id: t.id({ required: true }) }),
    resolve: (input, ctx) => setCardStepCompleted(ctx, input.id, completed),
  });
}

stepMutation('repositionCardTableStep', {
  description: 'Moves a step within its card\'s checklist.',
  uses: ['RepositionCardStep', 'GetCardStep'],
  input: (t) => ({
    ...specInput(t, 'RepositionCardStep', { cardId: 'The card it is on.', sourceId: false, position: 'Its new place, counting from 1.' }),
    id: t.id({ required: true }),
  }),
  resolve: (input, ctx) => repositionCardStep(ctx, input),
});


mutation('createWormhole', {
  description: 'Adds a wormhole to a card table, so its cards can be sent to a column in another project.',
  uses: ['GetCardTable', 'CreateWormhole'],
  input: (t) => ({
    cardTableId: t.id({ required: true, description: 'The board to put it on.' }),
    destinationColumnId: t.id({ required: true, description: 'A column on another project\'s card table.' }),
  }),
  resolve: (input, ctx) => createWormhole(ctx, input),
  payload: { wormhole: Wormhole },
});

mutation('updateWormhole', {
  description: 'Points a wormhole at another column.',
  uses: ['UpdateWormhole'],
  input: (t) => ({
    id: t.id({ required: true, description: 'The wormhole\'s Basecamp id.' }),
    projectId: t.id({ required: true, description: 'The project whose board holds it (Basecamp addresses wormholes through it).' }),
    destinationColumnId: t.id({ required: true, description: 'The new far column.' }),
  }),
  resolve: (input, ctx) => updateWormhole(ctx, input),
  payload: { wormhole: Wormhole },
});

deletion('deleteWormhole', {
  description: 'Removes a wormhole from its board.',
  uses: ['DeleteWormhole'],
  input: (t) => ({
    id: t.id({ required: true, description: 'The wormhole\'s Basecamp id.' }),
    projectId: t.id({ required: true, description: 'The project whose board holds it.' }),
  }),
  resolve: (input, ctx) => deleteWormhole(ctx, input),
  type: 'Wormhole',
  gone: 'removed wormhole',
  basecampId: true,
});
