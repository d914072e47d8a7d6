import { reposition, touch } from '../mutations.ts';
import { childrenOf, type SandboxState } from '../state/index.ts';
import type { Completion, Project } from '../state/records.ts';
import type { Card, CardBoard, CardColumn, CardOnHold, CardStep, ColumnType, Wormhole } from '../state/cards.ts';
import { recordingBase } from './recording.ts';

/**
 * Creating and arranging card-table records, shared by the seed and the write endpoints so both
 * produce identical records.
 */

/** The project's card table (every project has one, enabled or not). */
export function boardOf(state: SandboxState, project: Project): CardBoard {
  const entry = project.dock.find((candidate) => candidate.name === 'kanban_board');
  const board = entry ? state.recordings.get(entry.recordingId) : undefined;
  if (board?.type !== 'Kanban::Board') throw new Error(`project ${project.id} has no card table`);
  return board as CardBoard;
}

/**
 * Basecamp gives every board a Triage, a Not now and a Done column when the board is made. The
 * shared project factory knows nothing of columns, so they are added the first time a board is
 * reached, stamped with the board's own creation time so no Last-Modified moves.
 */
export function ensureDefaultColumns(state: SandboxState, board: CardBoard): void {
  const existing = new Set(childrenOfTypes(state, board.id).map((column) => column.type));
  const defaults: [ColumnType, string][] = [
    ['Kanban::Triage', 'Triage'],
    ['Kanban::NotNowColumn', 'Not now'],
    ['Kanban::DoneColumn', 'Done'],
  ];
  for (const [type, title] of defaults) {
    if (existing.has(type)) continue;
    const column = newColumn(state, board, { type, title, creatorId: board.creatorId }, board.createdAt);
    state.recordings.set(column.id, column);
  }
}

/** Every column of a board (any status) in board order: Triage, Not now, the numbered ones, Done. */
export function boardColumns(state: SandboxState, board: CardBoard): CardColumn[] {
  ensureDefaultColumns(state, board);
  const rank = (column: CardColumn): number =>
    ({ 'Kanban::Triage': 0, 'Kanban::NotNowColumn': 1, 'Kanban::Column': 2, 'Kanban::DoneColumn': 3 })[column.type];
  return childrenOfTypes(state, board.id).sort(
    (a, b) => rank(a) - rank(b) || (a.position ?? 0) - (b.position ?? 0) || a.createdAt - b.createdAt,
  );
}

export interface NewColumn {
  title: string;
  description?: string | null;
  color?: string | null;
  creatorId: string;
}

/** Adds a numbered column after the last numbered one (before Done). */
export function addColumn(state: SandboxState, board: CardBoard, input: NewColumn, at: number): CardColumn {
  ensureDefaultColumns(state, board);
  const column = newColumn(state, board, { ...input, type: 'Kanban::Column' }, at);
  const siblings = numberedColumns(state, board);
  state.recordings.set(column.id, column);
  reposition(siblings, column, siblings.length + 1);
  touch(state, column, at);
  return column;
}

/** The numbered (`Kanban::Column`) columns of a board, in position order. */
export function numberedColumns(state: SandboxState, board: CardBoard): CardColumn[] {
  return childrenOfTypes(state, board.id).filter((column) => column.type === 'Kanban::Column').sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
}

/** A column's on-hold section, when it has an active one. */
export function onHoldOf(state: SandboxState, column: CardColumn): CardOnHold | undefined {
  return childrenOf(state, column.id, 'Kanban::OnHold').find((section) => section.status === 'active');
}

/** Gives a column an on-hold section (or revives its old one). */
export function addOnHold(state: SandboxState, column: CardColumn, creatorId: string, at: number): CardOnHold {
  const previous = childrenOf(state, column.id, 'Kanban::OnHold')[0];
  if (previous) {
    previous.status = 'active';
    touch(state, previous, at);
    return previous;
  }
  const section: CardOnHold = {
    ...recordingBase(state, column, creatorId, at),
    type: 'Kanban::OnHold',
    title: 'On hold',
  };
  state.recordings.set(section.id, section);
  touch(state, section, at);
  return section;
}

export interface NewCard {
  title: string;
  content?: string;
  creatorId: string;
  dueOn?: string | null;
  assigneeIds?: string[];
  completionSubscriberIds?: string[];
}

/** Adds a card at the bottom of a column or on-hold section; a card added to Done is completed. */
export function addCard(state: SandboxState, list: CardColumn | CardOnHold, input: NewCard, at: number): Card {
  const card: Card = {
    ...recordingBase(state, list, input.creatorId, at),
    type: 'Kanban::Card',
    title: input.title,
    content: input.content ?? '',
    dueOn: input.dueOn ?? null,
    assigneeIds: input.assigneeIds ?? [],
    completionSubscriberIds: input.completionSubscriberIds ?? [],
    completion: list.type === 'Kanban::DoneColumn' ? { createdAt: at, creatorId: input.creatorId } : null,
  };
  const siblings = childrenOf(state, list.id, 'Kanban::Card');
  state.recordings.set(card.id, card);
  card.position = (siblings.at(-1)?.position ?? 0) + 1;
  touch(state, card, at);
  return card;
}

/**
 * Puts a card at 1-based `position` of `target` (a column or on-hold section, possibly on another
 * board), renumbering both lists; entering Done completes it, leaving Done reopens it.
 */
export function placeCard(state: SandboxState, card: Card, target: CardColumn | CardOnHold, position: number, by: string, at: number): void {
  if (card.parentId !== target.id) {
    const source = childrenOf(state, card.parentId ?? '', 'Kanban::Card').filter((sibling) => sibling.id !== card.id);
    source.forEach((sibling, index) => {
      sibling.position = index + 1;
    });
    const from = card.parentId === null ? undefined : state.recordings.get(card.parentId);
    if (from) touch(state, from, at);
    card.parentId = target.id;
    if (card.bucketId !== target.bucketId) {
      card.bucketId = target.bucketId;
      for (const step of childrenOf(state, card.id, 'Kanban::Step')) step.bucketId = target.bucketId;
    }
  }
  const done = target.type === 'Kanban::DoneColumn';
  if (done && card.completion === null) card.completion = { createdAt: at, creatorId: by };
  if (!done) card.completion = null;
  reposition(childrenOf(state, target.id, 'Kanban::Card'), card, position);
  touch(state, card, at);
}

export interface NewStep {
  title: string;
  creatorId: string;
  dueOn?: string | null;
  assigneeIds?: string[];
  completion?: Completion | null;
}

/** Adds a step at the end of a card's steps. */
export function addStep(state: SandboxState, card: Card, input: NewStep, at: number): CardStep {
  const step: CardStep = {
    ...recordingBase(state, card, input.creatorId, at),
    type: 'Kanban::Step',
    title: input.title,
    dueOn: input.dueOn ?? null,
    assigneeIds: input.assigneeIds ?? [],
    completion: input.completion ?? null,
  };
  const siblings = childrenOf(state, card.id, 'Kanban::Step');
  state.recordings.set(step.id, step);
  step.position = (siblings.at(-1)?.position ?? 0) + 1;
  touch(state, step, Math.max(at, input.completion?.createdAt ?? at));
  return step;
}

/** Links `board` to a column of another board. */
export function addWormhole(state: SandboxState, board: CardBoard, destination: CardColumn, creatorId: string, at: number): Wormhole {
  const wormhole: Wormhole = {
    ...recordingBase(state, board, creatorId, at),
    type: 'Kanban::Wormhole',
    title: wormholeTitle(state, destination),
    color: destination.color,
    destinationId: destination.id,
  };
  state.recordings.set(wormhole.id, wormhole);
  touch(state, wormhole, at);
  return wormhole;
}

/** A wormhole is named after where it leads: "Project name: Column title". */
export function wormholeTitle(state: SandboxState, destination: CardColumn): string {
  return `${state.projects.get(destination.bucketId)?.name ?? ''}: ${destination.title}`;
}

function childrenOfTypes(state: SandboxState, boardId: string): CardColumn[] {
  const out: CardColumn[] = [];
  for (const recording of state.recordings.values()) {
    if (recording.parentId !== boardId) continue;
    if (recording.type === 'Kanban::Triage' || recording.type === 'Kanban::Column' || recording.type === 'Kanban::NotNowColumn' || recording.type === 'Kanban::DoneColumn') out.push(recording);
  }
  return out;
}

function newColumn(state: SandboxState, board: CardBoard, input: NewColumn & { type: ColumnType }, at: number): CardColumn {
  return {
    ...recordingBase(state, board, input.creatorId, at),
    type: input.type,
    title: input.title,
    description: input.description ?? null,
    color: input.color ?? null,
  };
}

