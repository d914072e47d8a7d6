import { findCardList, findElsewhere } from '../access/cards.ts';
import { findRecording, isTrashed, isVisibleTo, visibleProjects } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addCard, placeCard } from '../factories/cards.ts';
import { touch } from '../mutations.ts';
import { badRequest, unprocessable } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { get, post, resource } from '../router.ts';
import type { Section } from '../section.ts';
import { showRecording } from './show.ts';
import { listedCards, renderCard } from '../shapes/card-table.ts';
import { isRecordingOf, type SandboxState } from '../state/index.ts';
import { COLUMN_TYPES, type Card, type CardColumn, type CardOnHold } from '../state/cards.ts';
import { optionalBoolean, optionalDate, optionalId, optionalIds, optionalText, requiredText } from '../validation.ts';

/**
 * Card table cards (docs: card_table_cards.md), plus the account-wide card views
 * (openapi.json: GetEverything*Cards), which have no docs section of their own.
 */
export const cardTableCards: Section = {
  docs: 'card_table_cards',
  routes: [
    ...resource('/card_tables/lists/:columnId/cards.json', '/card_tables/cards/:cardId.json', {
      list: listCards, create: createCard, show: showRecording('cardId', ['Kanban::Card'], renderCard), update: updateCard,
    }),
    post('/card_tables/cards/:cardId/moves.json', moveCard),
    get('/cards/open.json', everything('open'), { legacy: false }),
    get('/cards/completed.json', everything('completed'), { legacy: false }),
    get('/cards/no_due_date.json', everything('no_due_date'), { legacy: false }),
    get('/cards/not_now.json', everything('not_now'), { legacy: false }),
    get('/cards/unassigned.json', everything('unassigned'), { legacy: false }),
    get('/cards/overdue.json', overdue, { legacy: false }),
  ],
};

function listCards(ctx: RequestContext): Reply {
  const list = findCardList(ctx, param(ctx, 'columnId'));
  return paginate(ctx, listedCards(ctx, list.id), (card) => renderCard(ctx, card), { containerUpdatedAt: list.updatedAt });
}

function createCard(ctx: RequestContext): Reply {
  const list = findCardList(ctx, param(ctx, 'columnId'));
  const title = requiredText(ctx.body, 'title');
  const content = optionalText(ctx.body, 'content');
  const dueOn = optionalDate(ctx.body, 'due_on') ?? null;
  optionalBoolean(ctx.body, 'notify');
  const card = addCard(ctx.state, list, { title, creatorId: ctx.me.id, dueOn, ...(content === undefined ? {} : { content }) }, ctx.now());
  return created(renderCard(ctx, card));
}

/** Changes only the keys sent (docs list every one as optional); null clears content and due date. */
function updateCard(ctx: RequestContext): Reply {
  const card = findRecording(ctx, param(ctx, 'cardId'), ['Kanban::Card']);
  if ('title' in ctx.body) card.title = requiredText(ctx.body, 'title');
  if ('content' in ctx.body) card.content = optionalText(ctx.body, 'content') ?? '';
  if ('due_on' in ctx.body) card.dueOn = optionalDate(ctx.body, 'due_on') ?? null;
  if ('assignee_ids' in ctx.body) card.assigneeIds = knownPeople(ctx.state, optionalIds(ctx.body, 'assignee_ids') ?? []);
  touch(ctx.state, card, ctx.now());
  return ok(renderCard(ctx, card));
}

/**
 * `column_id` may name a column, an on-hold section, or a wormhole, which sends the card to the
 * far column in another project. A bad `position` is a 400 here (docs: card_table_cards.md).
 */
function moveCard(ctx: RequestContext): Reply {
  const card = findRecording(ctx, param(ctx, 'cardId'), ['Kanban::Card']);
  const columnId = optionalId(ctx.body, 'column_id');
  if (columnId === undefined) throw unprocessable("Column id can't be blank");
  const position = ctx.body.position ?? 1;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 1) {
    throw badRequest('Position must be a positive integer');
  }
  placeCard(ctx.state, card, moveTarget(ctx, card, columnId), position, ctx.me.id, ctx.now());
  return noContent();
}

function moveTarget(ctx: RequestContext, card: Card, id: string): CardColumn | CardOnHold {
  const wormhole = ctx.state.recordings.get(id);
  if (isRecordingOf(wormhole, 'Kanban::Wormhole') && wormhole.bucketId === card.bucketId && wormhole.status === 'active') {
    const far = findElsewhere(ctx, wormhole.destinationId, COLUMN_TYPES);
    if (!far) throw unprocessable('The wormhole no longer leads anywhere');
    return far;
  }
  const target = findElsewhere(ctx, id, [...COLUMN_TYPES, 'Kanban::OnHold']);
  if (!target || target.bucketId !== card.bucketId) throw unprocessable('Column must be on the same card table, or a wormhole');
  return target;
}

function knownPeople(state: SandboxState, ids: string[]): string[] {
  if (ids.some((id) => !state.people.has(id))) throw unprocessable('Assignees include someone who is not in this account');
  return ids;
}

type View = 'open' | 'completed' | 'no_due_date' | 'not_now' | 'unassigned';

interface Placed {
  card: Card;
  /** The column the card is in, or whose on-hold section holds it. */
  column: CardColumn;
}

/**
 * Cards across every active project the caller can see, grouped by project, one page of
 * projects at a time (openapi.json: GetEverythingOpenCards and siblings).
 */
function everything(view: View) {
  return (ctx: RequestContext): Reply => {
    const groups = new Map<string, Card[]>();
    for (const { card } of filteredCards(ctx).filter((placed) => inView(placed, view))) {
      groups.set(card.bucketId, [...(groups.get(card.bucketId) ?? []), card]);
    }
    const projects = visibleProjects(ctx.state, ctx.me).filter((project) => groups.has(project.id));
    const items = projects.map((project) => ({ project, cards: groups.get(project.id) ?? [], updatedAt: Math.max(...(groups.get(project.id) ?? []).map((card) => card.updatedAt)) }));
    return paginate(
      ctx,
      items,
      ({ project, cards }) => ({ bucket: { id: project.id, name: project.name, type: 'Project' }, cards: cards.map((card) => renderCard(ctx, card)) }),
      { containerUpdatedAt: ctx.state.account.updatedAt },
    );
  };
}

/** Open cards past their due date, oldest due date first, in one unpaginated array (openapi.json: GetEverythingOverdueCards). */
function overdue(ctx: RequestContext): Reply {
  const today = new Date(ctx.now()).toISOString().slice(0, 10);
  const cards = filteredCards(ctx)
    .filter((placed) => inView(placed, 'open') && placed.card.dueOn !== null && placed.card.dueOn < today)
    .map((placed) => placed.card)
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.createdAt - b.createdAt);
  return ok(cards.map((card) => renderCard(ctx, card)));
}

function inView({ card, column }: Placed, view: View): boolean {
  const open = card.completion === null && column.type !== 'Kanban::NotNowColumn' && column.type !== 'Kanban::DoneColumn';
  switch (view) {
    case 'open':
      return open;
    case 'completed':
      return card.completion !== null;
    case 'no_due_date':
      return open && card.dueOn === null;
    case 'not_now':
      return column.type === 'Kanban::NotNowColumn';
    case 'unassigned':
      return open && card.assigneeIds.length === 0;
  }
}

/** Visible, untrashed cards of active projects, narrowed by `assignee_ids[]` and `due` when given. */
function filteredCards(ctx: RequestContext): Placed[] {
  const projects = new Set(visibleProjects(ctx.state, ctx.me).filter((project) => project.status === 'active').map((project) => project.id));
  const assignees = ctx.query.getAll('assignee_ids[]').filter((id) => /^\d+$/.test(id));
  const due = ctx.query.get('due');
  const today = new Date(ctx.now()).toISOString().slice(0, 10);
  const out: Placed[] = [];
  for (const recording of ctx.state.recordings.values()) {
    if (!isRecordingOf(recording, 'Kanban::Card') || !projects.has(recording.bucketId)) continue;
    if (recording.status !== 'active' || isTrashed(ctx.state, recording) || !isVisibleTo(ctx.me, recording)) continue;
    if (assignees.length > 0 && !recording.assigneeIds.some((id) => assignees.includes(id))) continue;
    // unrecognised `due` values are ignored, as documented
    if (due === 'with' && recording.dueOn === null) continue;
    if (due === 'without' && recording.dueOn !== null) continue;
    if (due === 'overdue' && (recording.dueOn === null || recording.dueOn >= today)) continue;
    const column = columnOf(ctx.state, recording);
    if (column) out.push({ card: recording, column });
  }
  return out.sort((a, b) => a.card.createdAt - b.card.createdAt);
}

function columnOf(state: SandboxState, card: Card): CardColumn | undefined {
  let parent = card.parentId === null ? undefined : state.recordings.get(card.parentId);
  if (isRecordingOf(parent, 'Kanban::OnHold')) parent = parent.parentId === null ? undefined : state.recordings.get(parent.parentId);
  return isRecordingOf(parent, ...COLUMN_TYPES) ? parent : undefined;
}
