import { idSequence, type IdSequence } from '../ids.ts';
import type { ShapeContext } from '../shapes/shape-context.ts';
import type { DockToolName } from './records.ts';
import { sideStore } from './side-store.ts';

/**
 * What the cross-cutting sections keep beside the recordings: events, subscribers, webhooks,
 * templates and project constructions (docs: events.md, subscriptions.md, webhooks.md,
 * templates.md). Held per sandbox state so every sandbox, and every rebuilt seed, has its own.
 */

/** One entry of a recording's history (docs: events.md). */
export interface StoredEvent {
  id: string;
  recordingId: string;
  /** `created`, `completed`, `adopted`, `subscribers_changed`, … */
  action: string;
  /** Free-form details; ids as digit strings under `*_id` / `*_ids` keys. */
  details: Record<string, unknown>;
  createdAt: number;
  creatorId: string;
  boostsCount: number;
}

export interface WebhookDelivery {
  id: string;
  createdAt: number;
  /** The body as sent; the seed's past deliveries render theirs on read, since URLs need the origin. */
  request: { headers: Record<string, string>; body: unknown | ((ctx: ShapeContext) => unknown) };
  /** Absent until the receiver answered (or failed to). */
  response?: { headers: Record<string, string>; code?: number; message: string; body: string };
}

export interface Webhook {
  id: string;
  bucketId: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
  payloadUrl: string;
  /** Recording types that trigger it, or `['all']`. */
  types: string[];
  /** Most recent first, at most `MAX_DELIVERIES`. */
  deliveries: WebhookDelivery[];
}

/** The docs keep "the 25 most recent delivery exchanges" per webhook. */
export const MAX_DELIVERIES = 25;

export interface TemplateTool {
  name: DockToolName;
  /** Reserved from the recording id sequence: a template is a bucket with its own tools. */
  recordingId: string;
  title: string;
  enabled: boolean;
  position: number | null;
}

export interface Template {
  /** From the project id sequence: templates are buckets too. */
  id: string;
  status: 'active' | 'archived' | 'trashed';
  createdAt: number;
  updatedAt: number;
  name: string;
  description: string | null;
  creatorId: string;
  dock: TemplateTool[];
}

export interface ProjectConstruction {
  id: string;
  templateId: string;
  projectId: string;
  creatorId: string;
  /** Basecamp builds the project in the background: the first answer says `pending`. */
  reported: boolean;
}

export interface Subscribers {
  personIds: string[];
  updatedAt: number;
}

/** A recording's own state at the last write, to tell what a write changed. */
export interface Observed {
  signature: string;
  status: string;
  parentId: string | null;
  completed: boolean;
  title: string;
}

export interface AutomationState {
  events: Map<string, StoredEvent[]>;
  /** Whether every recording present has its `created` (and `completed`) events yet. */
  baselined: boolean;
  /** Recording id → what it looked like after the last write; built before the first write. */
  observed: Map<string, Observed> | undefined;
  subscriptions: Map<string, Subscribers>;
  webhooks: Map<string, Webhook>;
  templates: Map<string, Template>;
  constructions: Map<string, ProjectConstruction>;
  ids: { event: IdSequence; webhook: IdSequence; delivery: IdSequence; construction: IdSequence };
}

/** The automation side of `state`, created empty on first use. */
export const automationOf = sideStore((): AutomationState => ({
  events: new Map(),
  baselined: false,
  observed: undefined,
  subscriptions: new Map(),
  webhooks: new Map(),
  templates: new Map(),
  constructions: new Map(),
  ids: {
    event: idSequence('1071900001'),
    webhook: idSequence('1051300001'),
    delivery: idSequence('6271300001'),
    construction: idSequence('5981900001'),
  },
}));
