import type { RequestContext } from '../context.ts';
import { paginate } from '../protocol/pagination.ts';
import { ok, type Reply } from '../reply.ts';
import { get, type Handler, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderRecording } from '../shapes/index.ts';
import { renderTodo } from '../shapes/todo.ts';
import type { Project } from '../state/records.ts';
import type { Todo } from '../state/todos.ts';
import { byCreation, liveRecordings, liveTodos, today } from './report-helpers.ts';

/**
 * The account-wide "everything" views (openapi.json: GetEverything*; no docs section): to-dos by
 * state across projects, grouped per project, plus every check-in answer and every file.
 */
export const everything: Section = {
  docs: 'everything',
  routes: withoutLegacyForm([
    get('/todos/open.json', groupedTodos(() => true)),
    get('/todos/completed.json', groupedTodos(() => true, true)),
    get('/todos/unassigned.json', groupedTodos((todo) => todo.assigneeIds.length === 0)),
    get('/todos/no_due_date.json', groupedTodos((todo) => todo.dueOn === null)),
    get('/todos/overdue.json', overdueTodos),
    get('/checkins.json', listCheckins),
    get('/files.json', listFiles),
  ]),
};

/** `assignee_ids[]` (any of them) and `due=with|without|overdue`; unknown `due` values are ignored. */
function filtered(ctx: RequestContext, completed: boolean): { todo: Todo; project: Project }[] {
  const assignees = ctx.query.getAll('assignee_ids[]').concat(ctx.query.getAll('assignee_ids'));
  const due = ctx.query.get('due');
  const day = today(ctx);
  return liveTodos(ctx).filter(({ todo }) => {
    if ((todo.completion !== null) !== completed) return false;
    if (assignees.length > 0 && !todo.assigneeIds.some((id) => assignees.includes(id))) return false;
    if (due === 'with') return todo.dueOn !== null;
    if (due === 'without') return todo.dueOn === null;
    if (due === 'overdue') return todo.dueOn !== null && todo.dueOn < day;
    return true;
  });
}

/** One `{ bucket, todos }` group per project, newest project first; pages count groups. */
function groupedTodos(keep: (todo: Todo) => boolean, completed = false): Handler {
  return (ctx) => {
    const groups = new Map<string, { project: Project; todos: Todo[]; updatedAt: number }>();
    for (const { todo, project } of filtered(ctx, completed)) {
      if (!keep(todo)) continue;
      const group = groups.get(project.id) ?? { project, todos: [], updatedAt: 0 };
      group.todos.push(todo);
      group.updatedAt = Math.max(group.updatedAt, todo.updatedAt);
      groups.set(project.id, group);
    }
    const ordered = [...groups.values()].sort((a, b) => b.project.createdAt - a.project.createdAt);
    return paginate(ctx, ordered, ({ project, todos }) => ({
      bucket: { id: project.id, name: project.name, type: 'Project' },
      todos: todos.sort(byCreation).map((todo) => renderTodo(ctx, todo)),
    }));
  };
}

/** Not paginated: overdue pending to-dos, most overdue first. */
function overdueTodos(ctx: RequestContext): Reply {
  const day = today(ctx);
  const todos = filtered(ctx, false)
    .map(({ todo }) => todo)
    .filter((todo) => todo.dueOn !== null && todo.dueOn < day)
    .sort((a, b) => (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || byCreation(a, b));
  let lastModified = 0;
  for (const todo of todos) lastModified = Math.max(lastModified, todo.updatedAt);
  return ok(todos.map((todo) => renderTodo(ctx, todo)), lastModified);
}

/** Check-in answers across projects, newest first. */
function listCheckins(ctx: RequestContext): Reply {
  const answers = liveRecordings(ctx, ['Question::Answer']).map(({ recording }) => recording).sort((a, b) => byCreation(b, a));
  return paginate(ctx, answers, (answer) => renderRecording(ctx, answer));
}

/** File kinds of `/files.json?kind=`, by the upload's content type. */
const KINDS: Record<string, (contentType: string) => boolean> = {
  images: (type) => type.startsWith('image/'),
  pdfs: (type) => type === 'application/pdf',
  videos: (type) => type.startsWith('video/'),
  documents: (type) => !type.startsWith('image/') && !type.startsWith('video/') && type !== 'application/pdf',
};

/**
 * Uploads and documents across projects, newest first; `kind` narrows by content type (a
 * Basecamp document counts as a document) and `people_ids[]` by creator.
 */
function listFiles(ctx: RequestContext): Reply {
  const kind = KINDS[ctx.query.get('kind') ?? ''];
  const people = ctx.query.getAll('people_ids[]').concat(ctx.query.getAll('people_ids'));
  const files = liveRecordings(ctx, ['Upload', 'Document'])
    .map(({ recording }) => recording)
    .filter((file) => {
      if (people.length > 0 && !people.includes(file.creatorId)) return false;
      if (!kind) return true;
      const contentType = file.type === 'Upload' ? file.blob.contentType : 'text/html';
      return kind(contentType);
    })
    .sort((a, b) => byCreation(b, a));
  return paginate(ctx, files, (file) => renderRecording(ctx, file));
}
