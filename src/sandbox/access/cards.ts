import { findRecording } from './visibility.ts';
import type { RequestContext } from '../context.ts';
import { ensureDefaultColumns } from '../factories/cards.ts';
import { HttpError } from '../protocol/errors.ts';
import type { Recording, RecordingType } from '../state/index.ts';
import { COLUMN_TYPES, type CardBoard, type CardColumn, type CardOnHold } from '../state/cards.ts';

/** Lookups for the card-table routes; each 404s like `findRecording` does. */

/** A card table the caller can see, with its default columns in place. */
export function findBoard(ctx: RequestContext, id: string): CardBoard {
  const board = findRecording(ctx, id, ['Kanban::Board']) as CardBoard;
  ensureDefaultColumns(ctx.state, board);
  return board;
}

/** A column of any kind. */
export function findColumn(ctx: RequestContext, id: string): CardColumn {
  return findRecording(ctx, id, COLUMN_TYPES);
}

/** Where cards can sit: a column or a column's on-hold section (`/card_tables/lists/{id}`). */
export function findCardList(ctx: RequestContext, id: string): CardColumn | CardOnHold {
  return findRecording(ctx, id, [...COLUMN_TYPES, 'Kanban::OnHold']);
}

/**
 * Like `findRecording`, but for an id named in a body that may live in another project (a
 * wormhole's far column): the legacy route's bucket does not constrain it. Undefined when out
 * of reach, so the caller can answer 422 rather than 404.
 */
export function findElsewhere<T extends RecordingType>(ctx: RequestContext, id: string, types: readonly T[]): Extract<Recording, { type: T }> | undefined {
  try {
    return findRecording({ ...ctx, params: {} }, id, types);
  } catch (error) {
    if (error instanceof HttpError && error.status === 404) return undefined;
    throw error;
  }
}
