import { isTrashed, isVisibleTo } from '../access/visibility.ts';
import { boardColumns, onHoldOf } from '../factories/cards.ts';
import { childrenOf, type Recording, type SandboxState } from '../state/index.ts';
import type { Completion } from '../state/records.ts';
import { subscribersOf, type Card, type CardBoard, type CardColumn, type CardOnHold, type CardStep, type Wormhole } from '../state/cards.ts';
import { renderPersonById } from './person.ts';
import { recordingBucket, recordingCreator, recordingFrame, recordingHead, recordingParent, recordingUrls } from './recording.ts';
import { renderRichText } from './rich-text.ts';
import { iso, type ShapeContext } from './shape-context.ts';

/** A card table with its columns and wormholes (docs: card_tables.md, "Get a card table"). */
export function renderCardTable(ctx: ShapeContext, board: CardBoard): Record<string, unknown> {
  const { urls } = ctx;
  const lists = boardColumns(ctx.state, board).filter((column) => column.status === 'active' && isVisibleTo(ctx.me, column));
  const wormholes = childrenOf(ctx.state, board.id, 'Kanban::Wormhole').filter((wormhole) => wormhole.status === 'active');
  return {
    ...recordingHead(ctx, board),
    subscription_url: urls.bucketApi(board.bucketId, `recordings/${board.id}/subscription`),
    bucket: recordingBucket(ctx, board),
    creator: recordingCreator(ctx, board),
    subscribers: subscribersOf(ctx.state, board).map((id) => renderPersonById(ctx, id)),
    // the docs show this one without the `.json` every other URL carries
    public_link_url: `${urls.api}/buckets/${board.bucketId}/recordings/${board.id}/publication`,
    lists: lists.map((column) => renderCardColumn(ctx, column)),
    wormholes: wormholes.length > 0 ? wormholes.map((wormhole) => renderWormhole(ctx, wormhole)) : undefined,
  };
}

/**
 * A column (docs: card_table_columns.md). Only numbered columns carry `position`; `on_hold`
 * appears once the column has an on-hold section.
 */
export function renderCardColumn(ctx: ShapeContext, column: CardColumn): Record<string, unknown> {
  const onHold = onHoldOf(ctx.state, column);
  return {
    ...recordingHead(ctx, column),
    subscription_url: ctx.urls.bucketApi(column.bucketId, `recordings/${column.id}/subscription`),
    position: column.type === 'Kanban::Column' ? column.position : undefined,
    parent: recordingParent(ctx, column),
    bucket: recordingBucket(ctx, column),
    creator: recordingCreator(ctx, column),
    description: column.description,
    subscribers: subscribersOf(ctx.state, column).map((id) => renderPersonById(ctx, id)),
    color: column.color,
    cards_count: listedCards(ctx, column.id).length,
    comment_count: column.commentsCount,
    cards_url: cardsUrl(ctx, column),
    on_hold: onHold ? renderOnHold(ctx, onHold) : undefined,
  };
}

/** The `on_hold` object of a column: a list of its own with a cards URL. */
export function renderOnHold(ctx: ShapeContext, section: CardOnHold): Record<string, unknown> {
  return {
    id: section.id,
    status: section.status,
    inherits_status: true,
    title: section.title,
    created_at: iso(section.createdAt),
    updated_at: iso(section.updatedAt),
    cards_count: listedCards(ctx, section.id).length,
    cards_url: cardsUrl(ctx, section),
  };
}

/**
 * A card (docs: card_table_cards.md, "Get a card"), with its steps. Lists use this same full
 * shape, so a card read from a column equals the card read on its own.
 */
export function renderCard(ctx: ShapeContext, card: Card): Record<string, unknown> {
  const content = renderRichText(ctx, card.content);
  return {
    ...recordingFrame(ctx, card),
    description: content,
    description_attachments: [],
    completed: card.completion !== null,
    ...completionKeys(ctx, card.completion),
    content,
    due_on: card.dueOn,
    assignees: card.assigneeIds.map((id) => renderPersonById(ctx, id)),
    completion_subscribers: card.completionSubscriberIds.map((id) => renderPersonById(ctx, id)),
    // the docs point a card's completion at the to-do route
    completion_url: ctx.urls.bucketApi(card.bucketId, `todos/${card.id}/completion`),
    comment_count: card.commentsCount,
    steps: childrenOf(ctx.state, card.id, 'Kanban::Step')
      .filter((step) => step.status === 'active')
      .map((step) => renderCardStep(ctx, step)),
  };
}

/** A step (docs: card_table_steps.md, the `steps` of "Get a card"). */
export function renderCardStep(ctx: ShapeContext, step: CardStep): Record<string, unknown> {
  const { urls } = ctx;
  const cardPath = `card_tables/cards/${step.parentId ?? ''}`;
  return {
    ...recordingHead(ctx, step),
    app_url: `${urls.bucketApp(step.bucketId, cardPath)}#__recording_${step.id}`,
    position: step.position,
    parent: recordingParent(ctx, step),
    bucket: recordingBucket(ctx, step),
    creator: recordingCreator(ctx, step),
    completed: step.completion !== null,
    ...completionKeys(ctx, step.completion),
    due_on: step.dueOn,
    assignees: step.assigneeIds.map((id) => renderPersonById(ctx, id)),
    // the docs show this URL path-only, unlike every other one
    completion_url: `${new URL(urls.api).pathname}/buckets/${step.bucketId}/card_tables/steps/${step.id}/completions.json`,
  };
}

/**
 * A wormhole (openapi.json: Wormhole). Its own URLs and parent are the source board's; only
 * `destination_url` names the far column, and only while that column can still be reached.
 */
export function renderWormhole(ctx: ShapeContext, wormhole: Wormhole): Record<string, unknown> {
  const board = wormhole.parentId === null ? undefined : ctx.state.recordings.get(wormhole.parentId);
  const destination = ctx.state.recordings.get(wormhole.destinationId);
  const linked = destination !== undefined && isLinked(ctx.state, destination);
  return {
    ...recordingHead(ctx, wormhole),
    ...(board ? recordingUrls(ctx, board) : {}),
    parent: recordingParent(ctx, wormhole),
    bucket: recordingBucket(ctx, wormhole),
    creator: recordingCreator(ctx, wormhole),
    color: wormhole.color,
    linked,
    destination_url: linked && destination ? recordingUrls(ctx, destination).url : null,
  };
}

/** The cards of a column or on-hold section a list shows: active and visible to the viewer. */
export function listedCards(ctx: ShapeContext, listId: string): Card[] {
  return childrenOf(ctx.state, listId, 'Kanban::Card').filter((card) => card.status === 'active' && isVisibleTo(ctx.me, card));
}

function isLinked(state: SandboxState, destination: Recording): boolean {
  const project = state.projects.get(destination.bucketId);
  return project?.status === 'active' && destination.status === 'active' && !isTrashed(state, destination);
}

function cardsUrl(ctx: ShapeContext, list: CardColumn | CardOnHold): string {
  return ctx.urls.bucketApi(list.bucketId, `card_tables/lists/${list.id}/cards`);
}

function completionKeys(ctx: ShapeContext, completion: Completion | null): Record<string, unknown> {
  if (!completion) return {};
  return { completed_at: iso(completion.createdAt), completer: renderPersonById(ctx, completion.creatorId) };
}

/** Shapes of the card-table recording types below the board, for the generic renderers in `shapes/index.ts`. */
export const CARD_SHAPES = {
  'Kanban::Triage': renderCardColumn,
  'Kanban::Column': renderCardColumn,
  'Kanban::NotNowColumn': renderCardColumn,
  'Kanban::DoneColumn': renderCardColumn,
  'Kanban::OnHold': renderOnHold,
  'Kanban::Card': renderCard,
  'Kanban::Step': renderCardStep,
  'Kanban::Wormhole': renderWormhole,
};
