import { findBoard, findColumn, findElsewhere } from '../access/cards.ts';
import { findRecording } from '../access/visibility.ts';
import { cardTableCards } from './card-table-cards.ts';
import { cardTableColumns } from './card-table-columns.ts';
import { cardTableSteps } from './card-table-steps.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addWormhole, numberedColumns, placeCard, wormholeTitle } from '../factories/cards.ts';
import { reposition, setStatus, touch } from '../mutations.ts';
import { unprocessable } from '../protocol/errors.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { show } from './show.ts';
import { renderCardTable, renderWormhole } from '../shapes/card-table.ts';
import { COLUMN_TYPES, type CardBoard, type CardColumn } from '../state/cards.ts';
import { optionalId } from '../validation.ts';

/**
 * Card tables (docs: card_tables.md) and their wormholes (openapi.json: CreateWormhole,
 * UpdateWormhole, DeleteWormhole). `POST /card_tables/{id}/moves.json` moves a card or a column
 * depending on what `source_id` names (docs: card_tables.md and card_table_columns.md).
 */
export const cardTables: Section = {
  docs: 'card_tables',
  routes: [
    get('/card_tables/:cardTableId.json', show('cardTableId', findBoard, renderCardTable)),
    post('/card_tables/:cardTableId/moves.json', moveOnBoard),
    post('/card_tables/:cardTableId/wormholes.json', createWormhole),
    put('/card_tables/wormholes/:wormholeId.json', updateWormhole),
    del('/card_tables/wormholes/:wormholeId.json', deleteWormhole),
  ],
};

function moveOnBoard(ctx: RequestContext): Reply {
  const board = findBoard(ctx, param(ctx, 'cardTableId'));
  const sourceId = requiredId(ctx, 'source_id');
  const targetId = requiredId(ctx, 'target_id');
  const source = ctx.state.recordings.get(sourceId);
  if (source?.type === 'Kanban::Card') return moveCardOnBoard(ctx, board, sourceId, targetId);
  return moveColumn(ctx, board, sourceId, targetId);
}

/** A card to a column of the same board; `position` counts from 0 here (docs: card_tables.md). */
function moveCardOnBoard(ctx: RequestContext, board: CardBoard, cardId: string, columnId: string): Reply {
  const card = findRecording(ctx, cardId, ['Kanban::Card']);
  const column = findColumn(ctx, columnId);
  if (column.parentId !== board.id || card.bucketId !== board.bucketId) throw unprocessable('Target must be a column of this card table');
  const position = ctx.body.position === undefined ? 0 : wholeNumber(ctx.body.position, 0);
  placeCard(ctx.state, card, column, position + 1, ctx.me.id, ctx.now());
  return noContent();
}

/** A numbered column among the numbered ones; `position` counts from 1, default 1 (docs: card_table_columns.md). */
function moveColumn(ctx: RequestContext, board: CardBoard, columnId: string, targetId: string): Reply {
  if (targetId !== board.id) throw unprocessable('Target must be this card table');
  const column = findColumn(ctx, columnId);
  if (column.parentId !== board.id) throw unprocessable('Source must be a column of this card table');
  if (column.type !== 'Kanban::Column') throw unprocessable('Triage, Not now and Done columns stay where they are');
  const position = ctx.body.position === undefined ? 1 : wholeNumber(ctx.body.position, 1);
  reposition(numberedColumns(ctx.state, board), column, position);
  touch(ctx.state, column, ctx.now());
  return noContent();
}

function createWormhole(ctx: RequestContext): Reply {
  const board = findBoard(ctx, param(ctx, 'cardTableId'));
  const destination = destinationColumn(ctx, board);
  return created(renderWormhole(ctx, addWormhole(ctx.state, board, destination, ctx.me.id, ctx.now())));
}

function updateWormhole(ctx: RequestContext): Reply {
  const wormhole = findRecording(ctx, param(ctx, 'wormholeId'), ['Kanban::Wormhole']);
  const board = findBoard(ctx, wormhole.parentId ?? '');
  const destination = destinationColumn(ctx, board);
  wormhole.destinationId = destination.id;
  wormhole.title = wormholeTitle(ctx.state, destination);
  wormhole.color = destination.color;
  touch(ctx.state, wormhole, ctx.now());
  return ok(renderWormhole(ctx, wormhole));
}

function deleteWormhole(ctx: RequestContext): Reply {
  const wormhole = findRecording(ctx, param(ctx, 'wormholeId'), ['Kanban::Wormhole']);
  setStatus(ctx.state, wormhole, 'trashed', ctx.now());
  return noContent();
}

/** `destination_recording_id`: a column on another board the caller can reach (openapi.json: CreateWormhole). */
function destinationColumn(ctx: RequestContext, board: CardBoard): CardColumn {
  const id = requiredId(ctx, 'destination_recording_id');
  const column = findElsewhere(ctx, id, COLUMN_TYPES);
  if (!column) throw unprocessable('Destination recording must be a column you can reach');
  if (column.parentId === board.id) throw unprocessable('Destination recording must be on another card table');
  return column;
}

function requiredId(ctx: RequestContext, key: string): string {
  const id = optionalId(ctx.body, key);
  if (id === undefined) throw unprocessable(`${key.charAt(0).toUpperCase()}${key.slice(1).replace(/_/g, ' ')} can't be blank`);
  return id;
}

function wholeNumber(value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw unprocessable(`Position must be greater than or equal to ${min}`);
  }
  return value;
}

/** The four card-table docs sections, registered together in `routes/index.ts`. */
export const CARD_SECTIONS: readonly Section[] = [cardTables, cardTableColumns, cardTableCards, cardTableSteps];
