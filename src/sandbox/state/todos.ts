import type { Completion, RecordingBase } from './records.ts';

/** The to-do family's records (docs: todosets.md, todolists.md, todolist_groups.md, todos.md). */

export interface Todoset extends RecordingBase {
  type: 'Todoset';
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
