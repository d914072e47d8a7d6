import { findRecording } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { addStep } from '../factories/cards.ts';
import { reposition, touch } from '../mutations.ts';
import { notFound, unprocessable } from '../protocol/errors.ts';
import { created, noContent, ok, type Reply } from '../reply.ts';
import { get, post, put } from '../router.ts';
import type { Section } from '../section.ts';
import { showRecording } from './show.ts';
import { renderCardStep } from '../shapes/card-table.ts';
import { childrenOf, type SandboxState } from '../state/index.ts';
import { isDigits } from '../ids.ts';
import { optionalDate, optionalIds, requiredText } from '../validation.ts';

/**
 * Card table steps (docs: card_table_steps.md). Steps are listed inside their card; the single
 * step GET is in openapi.json (GetCardStep) though not in the docs.
 */
export const cardTableSteps: Section = {
  docs: 'card_table_steps',
  routes: [
    get('/card_tables/steps/:stepId.json', showRecording('stepId', ['Kanban::Step'], renderCardStep)),
    post('/card_tables/cards/:cardId/steps.json', createStep),
    put('/card_tables/steps/:stepId.json', updateStep),
    put('/card_tables/steps/:stepId/completions.json', setCompletion),
    post('/card_tables/cards/:cardId/positions.json', repositionStep),
  ],
};

function createStep(ctx: RequestContext): Reply {
  const card = findRecording(ctx, param(ctx, 'cardId'), ['Kanban::Card']);
  const title = requiredText(ctx.body, 'title');
  const dueOn = optionalDate(ctx.body, 'due_on') ?? null;
  const assigneeIds = assignees(ctx) ?? [];
  return created(renderCardStep(ctx, addStep(ctx.state, card, { title, dueOn, assigneeIds, creatorId: ctx.me.id }, ctx.now())));
}

/** Changes only the keys sent; `due_on: null` clears the date. */
function updateStep(ctx: RequestContext): Reply {
  const step = findRecording(ctx, param(ctx, 'stepId'), ['Kanban::Step']);
  if ('title' in ctx.body) step.title = requiredText(ctx.body, 'title');
  if ('due_on' in ctx.body) step.dueOn = optionalDate(ctx.body, 'due_on') ?? null;
  const ids = assignees(ctx);
  if (ids !== undefined) step.assigneeIds = ids;
  touch(ctx.state, step, ctx.now());
  return ok(renderCardStep(ctx, step));
}

/** `completion: "on"` completes; `"off"` (docs) or `""` (openapi.json) reopens. */
function setCompletion(ctx: RequestContext): Reply {
  const step = findRecording(ctx, param(ctx, 'stepId'), ['Kanban::Step']);
  const completion = ctx.body.completion;
  if (completion !== 'on' && completion !== 'off' && completion !== '') {
    throw unprocessable('Completion must be "on" or "off"');
  }
  const done = completion === 'on';
  if (done !== (step.completion !== null)) {
    step.completion = done ? { createdAt: ctx.now(), creatorId: ctx.me.id } : null;
    touch(ctx.state, step, ctx.now());
  }
  return ok(renderCardStep(ctx, step));
}

/** `position` counts from 0 here (docs: card_table_steps.md, "Reposition a step"). */
function repositionStep(ctx: RequestContext): Reply {
  const card = findRecording(ctx, param(ctx, 'cardId'), ['Kanban::Card']);
  const sourceId = ctx.body.source_id;
  if (!isDigits(sourceId)) throw unprocessable("Source id can't be blank");
  const step = childrenOf(ctx.state, card.id, 'Kanban::Step').find((candidate) => candidate.id === sourceId && candidate.status === 'active');
  if (!step) throw notFound();
  const position = ctx.body.position;
  if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
    throw unprocessable('Position must be greater than or equal to 0');
  }
  reposition(childrenOf(ctx.state, card.id, 'Kanban::Step'), step, position + 1);
  touch(ctx.state, step, ctx.now());
  return noContent();
}

/** `assignee_ids`, or the legacy comma-separated `assignees`; undefined when neither is sent. */
function assignees(ctx: RequestContext): string[] | undefined {
  let ids = optionalIds(ctx.body, 'assignee_ids');
  const legacy = ctx.body.assignees;
  if (ids === undefined && typeof legacy === 'string') {
    ids = legacy.split(',').map((id) => id.trim()).filter(Boolean);
    if (!ids.every(isDigits)) throw unprocessable('Assignees must be a list of ids');
  }
  if (ids !== undefined) return knownPeople(ctx.state, ids);
  return 'assignee_ids' in ctx.body && ctx.body.assignee_ids === null ? [] : undefined;
}

function knownPeople(state: SandboxState, ids: string[]): string[] {
  if (ids.some((id) => !state.people.has(id))) throw unprocessable('Assignees include someone who is not in this account');
  return ids;
}
