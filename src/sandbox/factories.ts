import { reposition, touch } from './mutations.ts';
import {
  childrenOf,
  DOCK_TOOLS,
  type DockEntry,
  type DockToolName,
  type Project,
  type SandboxState,
  type Todo,
  type Todolist,
  type Todoset,
} from './state.ts';

/**
 * Creating things the way Basecamp does, shared by the seed and the write endpoints so both
 * produce identical records: ids from the state's sequences, positions, parents and bubbling.
 */

export interface NewProject {
  name: string;
  description?: string;
  creatorId: string;
  memberIds?: string[];
  purpose?: Project['purpose'];
  admissions?: Project['admissions'];
  clientCompanyId?: string | null;
  status?: Project['status'];
  /** Which dock tools are on; defaults to Basecamp's new-project set (the first five). */
  tools?: Partial<Record<DockToolName, boolean>>;
  timesheetEnabled?: boolean;
  /** Fixed id, for the seed's deliberately huge one. */
  id?: string;
}

const DEFAULT_TOOLS: Record<DockToolName, boolean> = {
  message_board: true,
  todoset: true,
  vault: true,
  chat: true,
  schedule: true,
  questionnaire: false,
  inbox: false,
  kanban_board: false,
};

/**
 * What every new recording starts as: a fresh id, its parent's project and client visibility,
 * active, not yet positioned, no comments or boosts. Callers add their type and own fields.
 */
export function recordingBase(state: SandboxState, parent: { id: string | null; bucketId: string; visibleToClients: boolean }, creatorId: string, at: number) {
  return {
    id: state.ids.recording.next(),
    bucketId: parent.bucketId,
    parentId: parent.id,
    creatorId,
    status: 'active' as const,
    visibleToClients: parent.visibleToClients,
    createdAt: at,
    updatedAt: at,
    position: null,
    commentsCount: 0,
    boostsCount: 0,
  };
}

/** Adds a project, its eight dock tool recordings and its to-do set. */
export function addProject(state: SandboxState, input: NewProject, at: number): Project {
  const id = input.id ?? state.ids.project.next();
  const members = new Set([input.creatorId, ...(input.memberIds ?? [])]);
  const tools = { ...DEFAULT_TOOLS, ...input.tools };
  const clientsEnabled = Boolean(input.clientCompanyId);
  const dock: DockEntry[] = [];
  let position = 0;
  for (const tool of DOCK_TOOLS) {
    const enabled = tools[tool.name];
    const recordingId = state.ids.recording.next();
    const entry: DockEntry = { name: tool.name, recordingId, enabled, position: enabled ? ++position : null };
    dock.push(entry);
    const base = {
      id: recordingId,
      bucketId: id,
      parentId: null,
      creatorId: input.creatorId,
      status: 'active' as const,
      visibleToClients: clientsEnabled,
      createdAt: at,
      updatedAt: at,
      position: entry.position,
      commentsCount: 0,
      boostsCount: 0,
    };
    if (tool.type === 'Todoset') state.recordings.set(recordingId, { ...base, type: 'Todoset', title: tool.title });
    else state.recordings.set(recordingId, { ...base, type: tool.type, title: tool.title });
  }
  const project: Project = {
    id,
    status: input.status ?? 'active',
    createdAt: at,
    updatedAt: at,
    name: input.name,
    description: input.description ?? '',
    purpose: input.purpose ?? 'topic',
    clientsEnabled,
    timesheetEnabled: input.timesheetEnabled ?? false,
    color: null,
    lastNeedleColor: null,
    lastNeedlePosition: null,
    previousNeedlePosition: null,
    creatorId: input.creatorId,
    memberIds: [...members],
    admissions: input.admissions ?? 'invite',
    clientCompanyId: input.clientCompanyId ?? null,
    startDate: null,
    endDate: null,
    dock,
  };
  state.projects.set(id, project);
  state.account.updatedAt = Math.max(state.account.updatedAt, at);
  return project;
}

/** The project's to-do set (every project has exactly one, enabled or not). */
export function todosetOf(state: SandboxState, project: Project): Todoset {
  const entry = project.dock.find((candidate) => candidate.name === 'todoset');
  const todoset = entry ? state.recordings.get(entry.recordingId) : undefined;
  if (todoset?.type !== 'Todoset') throw new Error(`project ${project.id} has no to-do set`);
  return todoset;
}

export interface NewTodolist {
  name: string;
  description?: string;
  creatorId: string;
  visibleToClients?: boolean;
  color?: string | null;
}

/**
 * Adds a to-do list to a to-do set (at the top, as Basecamp lists newest first) or a group to a
 * list (at the bottom).
 */
export function addTodolist(
  state: SandboxState,
  parent: Todoset | Todolist,
  input: NewTodolist,
  at: number,
): Todolist {
  const list: Todolist = {
    ...recordingBase(state, parent, input.creatorId, at),
    type: 'Todolist',
    visibleToClients: input.visibleToClients ?? parent.visibleToClients,
    name: input.name,
    description: input.description ?? '',
    color: input.color ?? null,
  };
  const siblings = childrenOf(state, parent.id, 'Todolist');
  state.recordings.set(list.id, list);
  reposition(siblings, list, parent.type === 'Todoset' ? 1 : siblings.length + 1);
  touch(state, list, at);
  return list;
}

export interface NewTodo {
  content: string;
  description?: string;
  creatorId: string;
  assigneeIds?: string[];
  completionSubscriberIds?: string[];
  startsOn?: string | null;
  dueOn?: string | null;
  completion?: Todo['completion'];
}

/** Adds a to-do at the bottom of a list or group; it inherits the list's client visibility. */
export function addTodo(state: SandboxState, list: Todolist, input: NewTodo, at: number): Todo {
  const todo: Todo = {
    ...recordingBase(state, list, input.creatorId, at),
    type: 'Todo',
    updatedAt: Math.max(at, input.completion?.createdAt ?? at),
    content: input.content,
    description: input.description ?? '',
    startsOn: input.startsOn ?? null,
    dueOn: input.dueOn ?? null,
    assigneeIds: input.assigneeIds ?? [],
    completionSubscriberIds: input.completionSubscriberIds ?? [],
    completion: input.completion ?? null,
  };
  const siblings = childrenOf(state, list.id, 'Todo');
  state.recordings.set(todo.id, todo);
  todo.position = (siblings.at(-1)?.position ?? 0) + 1;
  touch(state, todo, todo.updatedAt);
  return todo;
}
