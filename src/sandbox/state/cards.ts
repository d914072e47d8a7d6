import type { Completion, RecordingBase, StateCore, ToolRecording } from './records.ts';

/**
 * The card-table model (docs: card_tables.md, card_table_columns.md, card_table_cards.md,
 * card_table_steps.md). A board is the `Kanban::Board` dock tool; its children are columns and
 * wormholes, a column's children are cards and at most one on-hold section, a card's are steps.
 */

/** The column kinds a board holds; only `Kanban::Column` is created, moved and numbered by people. */
export const COLUMN_TYPES = ['Kanban::Triage', 'Kanban::Column', 'Kanban::NotNowColumn', 'Kanban::DoneColumn'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export interface CardColumn extends RecordingBase {
  type: ColumnType;
  title: string;
  /** Plain text; null when never set. */
  description: string | null;
  color: string | null;
}

/** The on-hold section of a column: a list of its own whose cards wait below the column's. */
export interface CardOnHold extends RecordingBase {
  type: 'Kanban::OnHold';
  title: string;
}

export interface Card extends RecordingBase {
  type: 'Kanban::Card';
  title: string;
  /** Rich text HTML; "" when blank. Basecamp sends it as both `content` and `description`. */
  content: string;
  dueOn: string | null;
  assigneeIds: string[];
  completionSubscriberIds: string[];
  /** Set while the card sits in the Done column. */
  completion: Completion | null;
}

export interface CardStep extends RecordingBase {
  type: 'Kanban::Step';
  title: string;
  dueOn: string | null;
  assigneeIds: string[];
  completion: Completion | null;
}

/** A link from one board to a column of another board, for moving cards across projects. */
export interface Wormhole extends RecordingBase {
  type: 'Kanban::Wormhole';
  title: string;
  color: string | null;
  destinationId: string;
}

export type CardRecording = CardColumn | CardOnHold | Card | CardStep | Wormhole;

export type CardBoard = ToolRecording & { type: 'Kanban::Board' };

/** Column colours Basecamp accepts (docs: card_table_columns.md, "Change color of a column"). */
export const COLUMN_COLORS = ['white', 'red', 'orange', 'yellow', 'green', 'blue', 'aqua', 'purple', 'gray', 'pink', 'brown'] as const;

// Who watches a board or column. Kept beside the state rather than in it, so the shared model
// needs no field that only this family reads; keyed by state so every sandbox has its own.
const watchers = new WeakMap<StateCore, Map<string, string[]>>();

/** The people watching a board or column; its creator until someone changes it. */
export function subscribersOf(state: StateCore, recording: RecordingBase): string[] {
  return watchers.get(state)?.get(recording.id) ?? [recording.creatorId];
}

/** Starts or stops `personId` watching a board or column. Returns whether anything changed. */
export function setSubscribed(state: StateCore, recording: RecordingBase, personId: string, on: boolean): boolean {
  let map = watchers.get(state);
  if (!map) {
    map = new Map();
    watchers.set(state, map);
  }
  const current = subscribersOf(state, recording);
  if (current.includes(personId) === on) return false;
  map.set(recording.id, on ? [...current, personId] : current.filter((id) => id !== personId));
  return true;
}

/** API path segments of the card-table recordings, for `url`, `parent` and bookmarks (shapes/recording.ts). */
export const CARD_RECORDING_PATHS = {
  'Kanban::Triage': 'card_tables/columns',
  'Kanban::Column': 'card_tables/columns',
  'Kanban::NotNowColumn': 'card_tables/columns',
  'Kanban::DoneColumn': 'card_tables/columns',
  'Kanban::OnHold': 'card_tables/lists',
  'Kanban::Card': 'card_tables/cards',
  'Kanban::Step': 'card_tables/steps',
  'Kanban::Wormhole': 'card_tables/wormholes',
} as const satisfies Record<CardRecording['type'], string>;
