import type { Todolist } from '../state/todos.ts';
import { recordingFrame, recordingHead } from './recording.ts';
import { renderRichText } from './rich-text.ts';
import type { ShapeContext } from './shape-context.ts';
import { isCompleted, listStats, ratio } from './todo-stats.ts';

/**
 * A to-do list or a group; both are `"type": "Todolist"`. A list (parent is the to-do set)
 * carries `groups_url`, a group (parent is a list) `group_position_url` — never both
 * (docs: todolists.md, todolist_groups.md).
 */
export function renderTodolist(ctx: ShapeContext, list: Todolist): Record<string, unknown> {
  const { urls } = ctx;
  const parent = list.parentId === null ? undefined : ctx.state.recordings.get(list.parentId);
  const isGroup = parent?.type === 'Todolist';
  const stats = listStats(ctx.state, list.id);
  return {
    ...recordingHead(ctx, list),
    bubble_up_url: urls.bucketApi(list.bucketId, `recordings/${list.id}/bubble_up`),
    // the frame repeats the head's keys in place, so `bubble_up_url` stays between head and social links
    ...recordingFrame(ctx, list),
    description: renderRichText(ctx, list.description),
    description_attachments: [],
    completed: isCompleted(stats),
    completed_ratio: ratio(stats),
    name: list.name,
    color: list.color,
    groups_url: isGroup ? undefined : urls.bucketApi(list.bucketId, `todolists/${list.id}/groups`),
    group_position_url: isGroup ? urls.bucketApi(list.bucketId, `todolists/groups/${list.id}/position`) : undefined,
    todos_url: urls.bucketApi(list.bucketId, `todolists/${list.id}/todos`),
    app_todos_url: urls.bucketApp(list.bucketId, `todolists/${list.id}/todos`),
    comments_app_url: urls.bucketApp(list.bucketId, `recordings/${list.id}/comments`),
  };
}
