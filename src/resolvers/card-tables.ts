import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { paginate, windowOfWhole, type ConnectionArgs } from './connection.ts';
import { toBasecampId } from './global-id.ts';
import { inputError, nonBlankText, personIds, requiredText } from './input.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { withBody } from './writes.ts';

/** The spec's column plus the key the docs show instead of (or beside) `comments_count`. */
export type CardColumnRecord = Wire.CardColumn & { subscription_url?: string; comment_count?: number; description?: string | null; color?: string | null };

/** The spec's card plus the docs' `comment_count`. */
export type CardRecord = Wire.Card & { comment_count?: number };

/** The spec's step; `due_on` is null when unset although the spec types it as a string. */
export type CardStepRecord = Omit<Wire.CardStep, 'due_on'> & { due_on?: string | null };

/** A card table as `GET /card_tables/{id}.json` returns it. */
export type CardTableRecord = Wire.CardTable & { public_link_url?: string; lists?: CardColumnRecord[] };

/** A project's cards in the account-wide views (openapi.json: BucketCardsGroup). */
export type CardGroupRecord = Wire.BucketCardsGroup;

/** Column and on-hold ids both name a card list (`/card_tables/lists/{id}/cards.json`). */
const COLUMN_TYPES = ['CardTableColumn'] as const;

export const fetchCardTables: NodeLoader<CardTableRecord> = loadEach('GetCardTable');

export const fetchCardColumns: NodeLoader<CardColumnRecord> = loadEach('GetCardColumn');

export const fetchCards: NodeLoader<CardRecord> = loadEach('GetCard');

export const fetchCardSteps: NodeLoader<CardStepRecord> = loadEach('GetCardStep');

export type CardView = 'open' | 'completed' | 'no_due_date' | 'not_now' | 'unassigned';
export type CardDue = 'with' | 'without' | 'overdue';

export interface CardViewFilter {
  assigneeIds?: readonly string[] | null;
  due?: CardDue | null;
}

const CARD_VIEWS = {
  open: 'GetEverythingOpenCards',
  completed: 'GetEverythingCompletedCards',
  no_due_date: 'GetEverythingNoDueDateCards',
  not_now: 'GetEverythingNotNowCards',
  unassigned: 'GetEverythingUnassignedCards',
} as const;

/** `GET /cards/{view}.json`: matching cards across the account, a page of projects at a time. */
export function listCardGroups(ctx: Context, view: CardView, args: ConnectionArgs & CardViewFilter) {
  return paginate<(typeof CARD_VIEWS)[CardView], CardGroupRecord>(ctx, CARD_VIEWS[view], {}, viewQuery(ctx, args), args);
}

/** `GET /cards/overdue.json`: one unpaginated array, oldest due date first. */
export function listOverdueCards(ctx: Context, args: ConnectionArgs & CardViewFilter) {
  return windowOfWhole(ctx, 'GetEverythingOverdueCards', {}, viewQuery(ctx, args), args);
}

/** `assignee_ids[]` repeats once per person. */
function viewQuery(ctx: Context, filter: CardViewFilter) {
  return { 'assignee_ids[]': personIds(ctx, filter.assigneeIds), due: filter.due ?? undefined };
}

/** The column id at the end of a wormhole's `destination_url`; null for an unlinked wormhole. */
export function wormholeDestinationId(wormhole: Wire.Wormhole): BasecampId | null {
  return /\/card_tables\/columns\/(\d+)(?:\.json)?$/.exec(wormhole.destination_url ?? '')?.[1] ?? null;
}

/** Column colours Basecamp accepts (docs: card_table_columns.md, "Change color of a column"). */
export const COLUMN_COLORS = ['white', 'red', 'orange', 'yellow', 'green', 'blue', 'aqua', 'purple', 'gray', 'pink', 'brown'] as const;
export type ColumnColor = (typeof COLUMN_COLORS)[number];

export function createCardColumn(ctx: Context, input: { cardTableId: string; title: string; description?: string | null }) {
  const boardId = toBasecampId(input.cardTableId, ctx.accountId, ['CardTable']);
  return withBody(call(ctx, 'CreateCardColumn', { cardTableId: boardId }, { body: {
    title: requiredText(input.title, 'title'),
    description: input.description ?? undefined,
  } }));
}

/** `PUT /card_tables/columns/{id}.json` changes only the keys sent; an explicit null description clears it. */
export function updateCardColumn(ctx: Context, input: { id: string; title?: string | null; description?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, COLUMN_TYPES);
  return withBody(call(ctx, 'UpdateCardColumn', { columnId: id }, { body: {
    title: nonBlankText(input.title, 'title'),
    description: input.description,
  } }));
}

/** `POST /card_tables/{board}/moves.json` with a column as source (204); the column is read back. */
export async function moveCardColumn(ctx: Context, input: { id: string; cardTableId: string; position?: number | null }) {
  const id = toBasecampId(input.id, ctx.accountId, COLUMN_TYPES);
  const boardId = toBasecampId(input.cardTableId, ctx.accountId, ['CardTable']);
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 1)) {
    throw inputError('position', 'must be a whole number of at least 1');
  }
  await call(ctx, 'MoveCardColumn', { cardTableId: boardId }, { body: { source_id: id, target_id: boardId, position: input.position ?? undefined } });
  return call(ctx, 'GetCardColumn', { columnId: id });
}

/** `PUT /card_tables/columns/{id}/color.json`; answers with the column. */
export function setCardColumnColor(ctx: Context, input: { id: string; color: ColumnColor }) {
  const columnId = toBasecampId(input.id, ctx.accountId, COLUMN_TYPES);
  return withBody(call(ctx, 'SetCardColumnColor', { columnId }, { body: { color: input.color } }));
}

/**
 * `POST` / `DELETE /card_tables/columns/{id}/on_hold.json`; both are documented to answer with the
 * column, and a DELETE that answers 204 instead has the column read back.
 */
export async function setCardColumnOnHold(ctx: Context, id: string, onHold: boolean) {
  const columnId = toBasecampId(id, ctx.accountId, COLUMN_TYPES);
  if (onHold) return withBody(call(ctx, 'EnableCardColumnOnHold', { columnId }));
  return (await call(ctx, 'DisableCardColumnOnHold', { columnId })) ?? call(ctx, 'GetCardColumn', { columnId });
}

/** `POST` / `DELETE /card_tables/lists/{id}/subscription.json` (204); the column is read back. */
export async function setCardColumnWatched(ctx: Context, columnId: string, watching: boolean) {
  const id = toBasecampId(columnId, ctx.accountId, COLUMN_TYPES);
  await call(ctx, watching ? 'SubscribeToCardColumn' : 'UnsubscribeFromCardColumn', { columnId: id });
  return call(ctx, 'GetCardColumn', { columnId: id });
}

/** `POST /card_tables/lists/{id}/cards.json`; `columnId` may be a column or an on-hold section id. */
export function createCard(ctx: Context, input: { columnId: string; title: string; content?: string | null; dueOn?: string | null; notify?: boolean | null }) {
  const listId = toBasecampId(input.columnId, ctx.accountId, COLUMN_TYPES);
  return withBody(call(ctx, 'CreateCard', { columnId: listId }, { body: {
    title: requiredText(input.title, 'title'),
    content: input.content ?? undefined,
    due_on: input.dueOn ?? undefined,
    notify: input.notify ?? undefined,
  } }));
}

/**
 * `PUT /card_tables/cards/{id}.json` changes only the keys sent (docs: every parameter optional),
 * so a patch maps to the body directly: left out stays out, an explicit null clears.
 */
export function updateCard(
  ctx: Context,
  input: { id: string; title?: string | null; content?: string | null; dueOn?: string | null; assigneeIds?: readonly string[] | null },
) {
  const id = toBasecampId(input.id, ctx.accountId, ['CardTableCard']);
  return withBody(call(ctx, 'UpdateCard', { cardId: id }, { body: {
    title: nonBlankText(input.title, 'title'),
    content: input.content,
    due_on: input.dueOn,
    assignee_ids: input.assigneeIds === null ? [] : personIds(ctx, input.assigneeIds),
  } }));
}

/** A card as it is now, e.g. before a move, to learn the column it leaves. */
export function readCard(ctx: Context, cardId: string) {
  return call(ctx, 'GetCard', { cardId: toBasecampId(cardId, ctx.accountId, ['CardTableCard']) });
}

/**
 * `POST /card_tables/cards/{id}/moves.json` (204); the card is read back. `columnId` may be a
 * column, an on-hold section or a wormhole (which carries the card to another project).
 */
export async function moveCard(ctx: Context, input: { id: string; columnId: string; position?: number | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['CardTableCard']);
  const columnId = toBasecampId(input.columnId, ctx.accountId, [...COLUMN_TYPES, 'Wormhole']);
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 1)) {
    throw inputError('position', 'must be a whole number of at least 1');
  }
  await call(ctx, 'MoveCard', { cardId: id }, { body: { column_id: columnId, position: input.position ?? undefined } });
  return call(ctx, 'GetCard', { cardId: id });
}

export function createCardStep(ctx: Context, input: { cardId: string; title: string; dueOn?: string | null; assigneeIds?: readonly string[] | null }) {
  const cardId = toBasecampId(input.cardId, ctx.accountId, ['CardTableCard']);
  return withBody(call(ctx, 'CreateCardStep', { cardId }, { body: {
    title: requiredText(input.title, 'title'),
    due_on: input.dueOn ?? undefined,
    assignee_ids: personIds(ctx, input.assigneeIds),
  } }));
}

/** `PUT /card_tables/steps/{id}.json` changes only the keys sent; an explicit null clears. */
export function updateCardStep(ctx: Context, input: { id: string; title?: string | null; dueOn?: string | null; assigneeIds?: readonly string[] | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['CardTableStep']);
  return withBody(call(ctx, 'UpdateCardStep', { stepId: id }, { body: {
    title: nonBlankText(input.title, 'title'),
    due_on: input.dueOn,
    assignee_ids: input.assigneeIds === null ? [] : personIds(ctx, input.assigneeIds),
  } }));
}

/** `PUT /card_tables/steps/{id}/completions.json` with `"on"` or `"off"`; answers with the step. */
export function setCardStepCompleted(ctx: Context, stepId: string, completed: boolean) {
  const id = toBasecampId(stepId, ctx.accountId, ['CardTableStep']);
  return withBody(call(ctx, 'SetCardStepCompletion', { stepId: id }, { body: { completion: completed ? 'on' : 'off' } }));
}

/**
 * `POST /card_tables/cards/{card}/positions.json` (204), where Basecamp counts from 0; the graph
 * counts from 1 like every other position, and the step is read back.
 */
export async function repositionCardStep(ctx: Context, input: { id: string; cardId: string; position: number }) {
  const id = toBasecampId(input.id, ctx.accountId, ['CardTableStep']);
  const cardId = toBasecampId(input.cardId, ctx.accountId, ['CardTableCard']);
  if (!Number.isInteger(input.position) || input.position < 1) throw inputError('position', 'must be a whole number of at least 1');
  await call(ctx, 'RepositionCardStep', { cardId }, { body: { source_id: id, position: input.position - 1 } });
  return call(ctx, 'GetCardStep', { stepId: id });
}

/**
 * `POST /buckets/{project}/card_tables/{board}/wormholes.json`: openapi.json documents only the
 * project-scoped form, so the board is read first (usually a cache hit) for its project.
 */
export async function createWormhole(ctx: Context, input: { cardTableId: string; destinationColumnId: string }) {
  const boardId = toBasecampId(input.cardTableId, ctx.accountId, ['CardTable']);
  const destinationId = toBasecampId(input.destinationColumnId, ctx.accountId, COLUMN_TYPES);
  const board = await call(ctx, 'GetCardTable', { cardTableId: boardId });
  return withBody(call(ctx, 'CreateWormhole', { bucketId: board.bucket.id, cardTableId: boardId }, { body: {
    destination_recording_id: destinationId,
  } }));
}

/** `PUT /buckets/{project}/card_tables/wormholes/{id}`: points a wormhole at another column. */
export function updateWormhole(ctx: Context, input: { id: string; projectId: string; destinationColumnId: string }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Wormhole']);
  const projectId = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  const destinationId = toBasecampId(input.destinationColumnId, ctx.accountId, COLUMN_TYPES);
  return withBody(call(ctx, 'UpdateWormhole', { bucketId: projectId, wormholeId: id }, { body: {
    destination_recording_id: destinationId,
  } }));
}

/** `DELETE /buckets/{project}/card_tables/wormholes/{id}` (204). */
export async function deleteWormhole(ctx: Context, input: { id: string; projectId: string }) {
  const id = toBasecampId(input.id, ctx.accountId, ['Wormhole']);
  const projectId = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  await call(ctx, 'DeleteWormhole', { bucketId: projectId, wormholeId: id });
  return id;
}
