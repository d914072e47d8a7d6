import type { IdSequence } from '../ids.ts';

/**
 * The records every family shares: the account, its people and projects, what every recording
 * has, and the core of a sandbox state. Family modules (`state/<family>.ts`) build on these and
 * `state/index.ts` composes them; nothing here imports a family, so types flow one way.
 * Ids are digit strings everywhere (one seeded project id is past 2^53); timestamps are epoch
 * milliseconds from the injected clock. Shapes in `shapes/` turn these records into Basecamp JSON;
 * nothing here knows about HTTP.
 */

export type Status = 'active' | 'archived' | 'trashed';

/**
 * A recording's status: a project's, or `drafted` for a message, document, Google document or
 * schedule entry saved but not published. A draft is seen by its creator alone, by id and in
 * `/my/drafts`, and listed nowhere else.
 */
export type RecordingStatus = Status | 'drafted';

export interface Account {
  id: string;
  name: string;
  active: boolean;
  /** Moves whenever the set of projects or people changes (Last-Modified of account-wide lists). */
  updatedAt: number;
}

export interface Company {
  id: string;
  name: string;
}

export interface Person {
  id: string;
  name: string;
  emailAddress: string;
  personableType: 'User' | 'Client';
  title: string | null;
  bio: string | null;
  location: string | null;
  createdAt: number;
  updatedAt: number;
  admin: boolean;
  owner: boolean;
  client: boolean;
  employee: boolean;
  timeZone: string;
  companyId: string;
  canPing: boolean;
  canManageProjects: boolean;
  canManagePeople: boolean;
  canAccessTimesheet: boolean;
  canAccessHillCharts: boolean;
}

/** The eight dock tools, in their default dock order (docs: projects.md, "dock"). */
export const DOCK_TOOLS = [
  { name: 'message_board', title: 'Message Board', type: 'Message::Board', path: 'message_boards' },
  { name: 'todoset', title: 'To-dos', type: 'Todoset', path: 'todosets' },
  { name: 'vault', title: 'Docs & Files', type: 'Vault', path: 'vaults' },
  { name: 'chat', title: 'Chat', type: 'Chat::Transcript', path: 'chats' },
  { name: 'schedule', title: 'Schedule', type: 'Schedule', path: 'schedules' },
  { name: 'questionnaire', title: 'Automatic Check-ins', type: 'Questionnaire', path: 'questionnaires' },
  { name: 'inbox', title: 'Email Forwards', type: 'Inbox', path: 'inboxes' },
  { name: 'kanban_board', title: 'Card Table', type: 'Kanban::Board', path: 'card_tables' },
] as const;

export type DockToolName = (typeof DOCK_TOOLS)[number]['name'];
export type ToolType = (typeof DOCK_TOOLS)[number]['type'];

export interface DockEntry {
  name: DockToolName;
  /** The tool's recording (a Todoset for `todoset`, a ToolRecording otherwise). */
  recordingId: string;
  enabled: boolean;
  /** 1-based among enabled tools; null when disabled. */
  position: number | null;
}

/** Who may see a project besides its members (docs: projects.md, "admissions"). */
export type Admissions = 'invite' | 'employee' | 'team';

export interface Project {
  id: string;
  status: Status;
  createdAt: number;
  updatedAt: number;
  name: string;
  description: string;
  purpose: 'topic' | 'company_hq' | 'team';
  clientsEnabled: boolean;
  timesheetEnabled: boolean;
  color: string | null;
  lastNeedleColor: string | null;
  lastNeedlePosition: number | null;
  previousNeedlePosition: number | null;
  creatorId: string;
  /** People on the project, in the order they were added. */
  memberIds: string[];
  admissions: Admissions;
  clientCompanyId: string | null;
  startDate: string | null;
  endDate: string | null;
  dock: DockEntry[];
}

/** Fields every recording shares (docs README, "Recordings: bucket contents"). */
export interface RecordingBase {
  id: string;
  /** The project (bucket) id. */
  bucketId: string;
  /** The parent recording; null for dock tools, whose parent is the project itself. */
  parentId: string | null;
  creatorId: string;
  status: RecordingStatus;
  visibleToClients: boolean;
  createdAt: number;
  updatedAt: number;
  /** 1-based order among siblings of the same kind; null where Basecamp has none. */
  position: number | null;
  commentsCount: number;
  boostsCount: number;
}

/** A dock tool whose own docs section is not served yet; it still has an id, title and status. */
export interface ToolRecording extends RecordingBase {
  type: Exclude<ToolType, 'Todoset'>;
  title: string;
}

export interface Completion {
  createdAt: number;
  creatorId: string;
}

/** Which person a bearer token speaks for; `label` names it in logs and in `Sandbox.tokens`. */
export interface TokenGrant {
  label: string;
  personId: string;
}

/**
 * The part of a sandbox state that holds no family's records. Family modules key their side
 * stores by it (every sandbox, and every rebuilt seed, has its own) without seeing the
 * `Recording` union they are part of; `SandboxState` (state/index.ts) adds the recordings.
 */
export interface StateCore {
  account: Account;
  companies: Map<string, Company>;
  people: Map<string, Person>;
  projects: Map<string, Project>;
  /** Bearer token → grant. */
  tokens: Map<string, TokenGrant>;
  ids: { project: IdSequence; recording: IdSequence; person: IdSequence; company: IdSequence };
}

/** Position order; unpositioned items last, oldest first among equals. */
export function byPosition(a: RecordingBase, b: RecordingBase): number {
  const pa = a.position ?? Number.MAX_SAFE_INTEGER;
  const pb = b.position ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || a.createdAt - b.createdAt;
}
