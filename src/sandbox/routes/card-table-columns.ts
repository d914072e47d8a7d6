import { findBoard, findColumn } from '../access/cards.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addColumn, addOnHold, onHoldOf, placeCard } from '../factories/cards.ts';
import { setStatus, touch } from '../mutations.ts';
import { unprocessable } from '../protocol/errors.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { del, get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { show } from './show.ts';
import { renderCardColumn } from '../shapes/card-table.ts';
import { childrenOf } from '../state/index.ts';
import { COLUMN_COLORS, setSubscribed, type CardColumn } from '../state/cards.ts';
import { optionalChoice, optionalText, requiredText } from '../validation.ts';

/** Card table columns (docs: card_table_columns.md). Moving a column lives in `card-tables.ts`. */
export const cardTableColumns: Section = {
  docs: 'card_table_columns',
  routes: [
    get('/card_tables/columns/:columnId.json', show('columnId', findColumn, renderCardColumn)),
    post('/card_tables/:cardTableId/columns.json', createColumn),
    put('/card_tables/columns/:columnId.json', updateColumn),
    post('/card_tables/lists/:columnId/subscription.json', watch(true)),
    del('/card_tables/lists/:columnId/subscription.json', watch(false)),
    post('/card_tables/columns/:columnId/on_hold.json', enableOnHold),
    del('/card_tables/columns/:columnId/on_hold.json', disableOnHold),
    put('/card_tables/columns/:columnId/color.json', setColor),
  ],
};

function createColumn(ctx: RequestContext): Reply {
  const board = findBoard(ctx, param(ctx, 'cardTableId'));
  const title = requiredText(ctx.body, 'title');
  const description = optionalText(ctx.body, 'description') ?? null;
  return created(renderCardColumn(ctx, addColumn(ctx.state, board, { title, description, creatorId: ctx.me.id }, ctx.now())));
}

/** Changes only the keys sent; `description: null` clears it. */
function updateColumn(ctx: RequestContext): Reply {
  const column = findColumn(ctx, param(ctx, 'columnId'));
  if ('title' in ctx.body) column.title = requiredText(ctx.body, 'title');
  if ('description' in ctx.body) column.description = optionalText(ctx.body, 'description') ?? null;
  touch(ctx.state, column, ctx.now());
  return ok(renderCardColumn(ctx, column));
}

function watch(on: boolean) {
  return (ctx: RequestContext): Reply => {
    const column = findColumn(ctx, param(ctx, 'columnId'));
    if (setSubscribed(ctx.state, column, ctx.me.id, on)) touch(ctx.state, column, ctx.now());
    return noContent();
  };
}

/** Done and Not now hold finished or parked work; only working columns get an on-hold section. */
function enableOnHold(ctx: RequestContext): Reply {
  const column = findColumn(ctx, param(ctx, 'columnId'));
  if (column.type === 'Kanban::DoneColumn' || column.type === 'Kanban::NotNowColumn') {
    throw unprocessable(`${column.title} can't have an on-hold section`);
  }
  if (!onHoldOf(ctx.state, column)) addOnHold(ctx.state, column, ctx.me.id, ctx.now());
  return ok(renderCardColumn(ctx, column));
}

/** The section's cards return to the bottom of the column. */
function disableOnHold(ctx: RequestContext): Reply {
  const column = findColumn(ctx, param(ctx, 'columnId'));
  const section = onHoldOf(ctx.state, column);
  if (section) {
    const now = ctx.now();
    for (const card of childrenOf(ctx.state, section.id, 'Kanban::Card')) {
      placeCard(ctx.state, card, column, Number.MAX_SAFE_INTEGER, ctx.me.id, now);
    }
    setStatus(ctx.state, section, 'trashed', now);
  }
  return ok(renderCardColumn(ctx, column));
}

function setColor(ctx: RequestContext): Reply {
  const column: CardColumn = findColumn(ctx, param(ctx, 'columnId'));
  const color = optionalChoice(ctx.body, 'color', COLUMN_COLORS);
  if (color === undefined) throw unprocessable("Color can't be blank");
  column.color = color;
  touch(ctx.state, column, ctx.now());
  return ok(renderCardColumn(ctx, column));
}
