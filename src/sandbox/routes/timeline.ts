import { findProject } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { notFound } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import type { Reply } from '../reply.ts';
import { get, withoutLegacyForm } from '../router.ts';
import type { Section } from '../section.ts';
import { renderPerson } from '../shapes/person.ts';
import { renderTimelineEvent, type TimelineEvent } from '../shapes/reports.ts';
import type { Project } from '../state/records.ts';
import { liveRecordings } from './report-helpers.ts';

/** The timeline (docs: timeline.md): activity across the account, a project or a person. */
export const timeline: Section = {
  docs: 'timeline',
  routes: withoutLegacyForm([
    get('/reports/progress.json', accountTimeline),
    get('/projects/:projectId/timeline.json', projectTimeline),
    get('/reports/users/progress/:personId.json', personTimeline),
  ]),
};

/** Which recordings make a "created" event, its kind and the words of its action (docs: "Event kinds"). */
const CREATED: Record<string, [kind: string, action: string]> = {
  Todo: ['todo_created', 'added a to-do'],
  Todolist: ['todolist_created', 'created a to-do list'],
  Message: ['message_created', 'posted a message'],
  Comment: ['comment_created', 'commented on'],
  Upload: ['upload_created', 'uploaded a file'],
  Document: ['document_created', 'wrote a document'],
  'Schedule::Entry': ['schedule_entry_created', 'added an event'],
  Question: ['question_created', 'started a check-in'],
  'Question::Answer': ['question_answer_created', 'answered'],
  'Kanban::Card': ['kanban_card_created', 'added a card'],
  'Inbox::Forward': ['inbox_forward_created', 'forwarded an email'],
  'Client::Correspondence': ['client_correspondence_created', 'sent a message to the client'],
};

/**
 * Events are derived from the recordings rather than stored, so every write shows up at once.
 * An event id is its recording's id plus one digit for the kind of moment (1 created,
 * 2 completed): unique, stable and opaque.
 */
function events(ctx: RequestContext, where: (event: TimelineEvent, project: Project) => boolean): { event: TimelineEvent; project: Project }[] {
  const out: { event: TimelineEvent; project: Project }[] = [];
  for (const { recording, project } of liveRecordings(ctx, Object.keys(CREATED))) {
    const [kind, action] = CREATED[recording.type] ?? ['', ''];
    // a group is a list inside a list: its own moment is not timeline-worthy
    if (recording.type === 'Todolist' && ctx.state.recordings.get(recording.parentId ?? '')?.type === 'Todolist') continue;
    const made: TimelineEvent = { id: `${recording.id}1`, kind, createdAt: recording.createdAt, updatedAt: recording.createdAt, creatorId: recording.creatorId, recording, action };
    if (where(made, project)) out.push({ event: made, project });
    if (recording.type === 'Todo' && recording.completion) {
      const { createdAt, creatorId } = recording.completion;
      const done: TimelineEvent = { id: `${recording.id}2`, kind: 'todo_completed', createdAt, updatedAt: createdAt, creatorId, recording, action: 'completed a to-do' };
      if (where(done, project)) out.push({ event: done, project });
    }
  }
  return out.sort((a, b) => b.event.createdAt - a.event.createdAt || (a.event.id < b.event.id ? 1 : -1));
}

function page(ctx: RequestContext, found: { event: TimelineEvent; project: Project }[]): Reply {
  const withTimes = found.map((item) => ({ ...item, updatedAt: item.event.updatedAt }));
  return paginate(ctx, withTimes, ({ event, project }) => renderTimelineEvent(ctx, event, project));
}

function accountTimeline(ctx: RequestContext): Reply {
  return page(ctx, events(ctx, () => true));
}

function projectTimeline(ctx: RequestContext): Reply {
  const project = findProject(ctx, param(ctx, 'projectId'));
  return page(ctx, events(ctx, (_event, of) => of.id === project.id));
}

/** `{ person, events }`, the events paginated like a list (docs: "Get person's timeline"). */
function personTimeline(ctx: RequestContext): Reply {
  const person = ctx.state.people.get(param(ctx, 'personId'));
  if (!person) throw notFound();
  const reply = page(ctx, events(ctx, (event) => event.creatorId === person.id));
  return { ...reply, body: { person: renderPerson(ctx, person), events: reply.body } };
}
