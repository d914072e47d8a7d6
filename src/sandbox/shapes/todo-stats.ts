import { childrenOf, type SandboxState } from '../state/index.ts';
import type { Todo } from '../state/todos.ts';

/** Completion counts of the active to-dos in a list, its groups included. */
export function listStats(state: SandboxState, listId: string): { done: number; total: number } {
  const todos: Todo[] = childrenOf(state, listId, 'Todo');
  for (const group of childrenOf(state, listId, 'Todolist')) {
    if (group.status === 'active') todos.push(...childrenOf(state, group.id, 'Todo'));
  }
  const active = todos.filter((todo) => todo.status === 'active');
  return { done: active.filter((todo) => todo.completion !== null).length, total: active.length };
}

/** Basecamp's `completed_ratio` string, e.g. "2/5". */
export function ratio(stats: { done: number; total: number }): string {
  return `${stats.done}/${stats.total}`;
}

/** A container counts as completed once it has to-dos and all of them are done. */
export function isCompleted(stats: { done: number; total: number }): boolean {
  return stats.total > 0 && stats.done === stats.total;
}
