import { isVisibleTo } from '../access/visibility.ts';
import { childrenOf } from '../state/index.ts';
import type { Todoset } from '../state/todos.ts';
import { recordingUrls, toolFrame } from './recording.ts';
import { renderRichText } from './rich-text.ts';
import type { ShapeContext } from './shape-context.ts';
import { isCompleted, listStats, ratio } from './todo-stats.ts';

/** A to-do set with its active lists embedded (docs: todosets.md). */
export function renderTodoset(ctx: ShapeContext, todoset: Todoset): Record<string, unknown> {
  const lists = childrenOf(ctx.state, todoset.id, 'Todolist').filter(
    (list) => list.status === 'active' && isVisibleTo(ctx.me, list),
  );
  const perList = lists.map((list) => ({ list, stats: listStats(ctx.state, list.id) }));
  const totals = perList.reduce(
    (sum, { stats }) => ({ done: sum.done + stats.done, total: sum.total + stats.total }),
    { done: 0, total: 0 },
  );
  const base = `todosets/${todoset.id}/todolists`;
  return {
    ...toolFrame(ctx, todoset),
    completed: isCompleted(totals),
    completed_ratio: ratio(totals),
    name: todoset.title,
    todolists_count: lists.length,
    todolists: perList.map(({ list, stats }) => ({
      id: list.id,
      title: list.name,
      description: list.description === '' ? null : renderRichText(ctx, list.description),
      completed: isCompleted(stats),
      completed_ratio: ratio(stats),
      ...recordingUrls(ctx, list),
    })),
    todolists_url: ctx.urls.bucketApi(todoset.bucketId, base),
    app_todoslists_url: ctx.urls.bucketApp(todoset.bucketId, base),
  };
}
