import { reposition, touch } from '../mutations.ts';
import { childrenOf, type SandboxState } from '../state/index.ts';
import type { Project } from '../state/records.ts';
import type { Todo, Todolist, Todoset } from '../state/todos.ts';
import { recordingBase } from './recording.ts';

/**
 * Creating to-do lists, groups and to-dos the way Basecamp does, shared by the seed and the write
 * endpoints: positions, parents and bubbling `updated_at`.
 */

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

/** What a writer gives a to-do, with the defaults of what it leaves out; listed and loose to-dos alike. */
export function todoFields(input: Omit<NewTodo, 'creatorId' | 'completion'>) {
  return {
    content: input.content,
    description: input.description ?? '',
    startsOn: input.startsOn ?? null,
    dueOn: input.dueOn ?? null,
    assigneeIds: input.assigneeIds ?? [],
    completionSubscriberIds: input.completionSubscriberIds ?? [],
  };
}

/** Adds a to-do at the bottom of a list or group; it inherits the list's client visibility. */
export function addTodo(state: SandboxState, list: Todolist, input: NewTodo, at: number): Todo {
  const todo: Todo = {
    ...recordingBase(state, list, input.creatorId, at),
    type: 'Todo',
    updatedAt: Math.max(at, input.completion?.createdAt ?? at),
    ...todoFields(input),
    completion: input.completion ?? null,
  };
  const siblings = childrenOf(state, list.id, 'Todo');
  state.recordings.set(todo.id, todo);
  todo.position = (siblings.at(-1)?.position ?? 0) + 1;
  touch(state, todo, todo.updatedAt);
  return todo;
}
