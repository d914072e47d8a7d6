import type { IdSequence } from './ids.ts';
import type { CardRecording } from './state/cards.ts';
import type { ChatRecording } from './state/chat.ts';
import type { ScheduleRecording } from './state/schedule.ts';
import type { ReportsRecording } from './state/reports.ts';
import type { Comment, Message } from './state/messages.ts';
import type { CloudFileRecord, DocumentRecord, FilesState, GoogleDocumentRecord, UploadRecord } from './state/files.ts';

/**
 * The sandbox's in-memory model. Ids are digit strings everywhere (one seeded project id is past
 * 2^53); timestamps are epoch milliseconds from the injected clock. Shapes in `shapes/` turn these
 * records into Basecamp JSON; nothing here knows about HTTP.
 */

export type Status = 'active' | 'archived' | 'trashed';

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
  status: Status;
  visibleToClients: boolean;
  createdAt: number;
  updatedAt: number;
  /** 1-based order among siblings of the same kind; null where Basecamp has none. */
  position: number | null;
  commentsCount: number;
  boostsCount: number;
}

export interface Todoset extends RecordingBase {
  type: 'Todoset';
  title: string;
}

/** A dock tool whose own docs section is not served yet; it still has an id, title and status. */
export interface ToolRecording extends RecordingBase {
  type: Exclude<ToolType, 'Todoset'>;
  title: string;
}

/** A to-do list, or a group when its parent is another Todolist (docs: todolist_groups.md). */
export interface Todolist extends RecordingBase {
  type: 'Todolist';
  name: string;
  /** Rich text HTML; "" when blank. */
  description: string;
  color: string | null;
}

export interface Completion {
  createdAt: number;
  creatorId: string;
}

export interface Todo extends RecordingBase {
  type: 'Todo';
  content: string;
  /** Rich text HTML; "" when blank. */
  description: string;
  startsOn: string | null;
  dueOn: string | null;
  assigneeIds: string[];
  completionSubscriberIds: string[];
  completion: Completion | null;
}

export type Recording = Todoset | ToolRecording | Todolist | Todo | Message | Comment | ReportsRecording
  | DocumentRecord | UploadRecord | CloudFileRecord | GoogleDocumentRecord
  | ChatRecording
  | CardRecording
  | ScheduleRecording;
export type RecordingType = Recording['type'];

/** Which person a bearer token speaks for; `label` names it in logs and in `Sandbox.tokens`. */
export interface TokenGrant {
  label: string;
  personId: string;
}

export interface SandboxState {
  account: Account;
  companies: Map<string, Company>;
  people: Map<string, Person>;
  projects: Map<string, Project>;
  recordings: Map<string, Recording>;
  /** Bearer token → grant. */
  tokens: Map<string, TokenGrant>;
  ids: { project: IdSequence; recording: IdSequence; person: IdSequence; company: IdSequence };
  /** Account extras and each person's own things (bookmarks, Up Next, Hey!, …); see `state/personal.ts`. */
  personal?: import('./state/personal.ts').PersonalState;
  /** Docs & Files side state (attachments, home-screen folders); see `state/files.ts`. */
  files?: FilesState;
}

/** Narrows a recording to one of the given types. */
export function isRecordingOf<T extends RecordingType>(
  recording: Recording | undefined,
  ...types: T[]
): recording is Extract<Recording, { type: T }> {
  return recording !== undefined && (types as RecordingType[]).includes(recording.type);
}

/** The recordings whose parent is `parentId`, filtered by type, in position order. */
export function childrenOf<T extends RecordingType>(
  state: SandboxState,
  parentId: string,
  type: T,
): Extract<Recording, { type: T }>[] {
  const out: Extract<Recording, { type: T }>[] = [];
  for (const recording of state.recordings.values()) {
    if (recording.parentId === parentId && isRecordingOf(recording, type)) out.push(recording);
  }
  return out.sort(byPosition);
}

/** Position order; unpositioned items last, oldest first among equals. */
export function byPosition(a: RecordingBase, b: RecordingBase): number {
  const pa = a.position ?? Number.MAX_SAFE_INTEGER;
  const pb = b.position ?? Number.MAX_SAFE_INTEGER;
  return pa - pb || a.createdAt - b.createdAt;
}
