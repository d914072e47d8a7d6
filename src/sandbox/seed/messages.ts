import { storeEvent } from '../events.ts';
import { addBoost, addComment, addMessage, addMessageType } from '../factories/messages.ts';
import type { Project, ToolRecording } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import type { Todo } from '../state/todos.ts';
import type { Message } from '../state/messages.ts';
import { DAY, MINUTE } from '../durations.ts';

/**
 * Message boards, message types, comments and boosts (one on a to-do's completion event) of the seeded
 * account, in our own words. Timestamps count from each project's creation, so the seed stays
 * deterministic whatever the clock.
 */

export interface MessageSeed {
  boards: { hq: string; catalog: string; bakery: string };
  messageTypes: {
    /** "Announcement" in the catalog project. */
    announcement: string;
    /** "Question" in the catalog project; no message uses it. */
    unused: string;
  };
  messages: {
    /** In the catalog: 17 comments (two pages of comments), 3 boosts, typed "Announcement". */
    thread: string;
    /** Pinned, on the HQ board. */
    pinned: string;
    /** Bakery message shared with the client. */
    clientVisible: string;
    /** Bakery message hidden from the client. */
    clientHidden: string;
    /** Trashed; on the catalog board. */
    trashed: string;
  };
  comments: {
    /** The first comment of `messages.thread`, written by the copywriter; it has one boost. */
    onMessage: string;
    /** On `commentedTodo`. */
    onTodo: string;
  };
  /** A catalog to-do with two comments. */
  commentedTodo: string;
  boosts: { onMessage: string; onComment: string; onEvent: string };
  /** Events of `eventRecording`: `completed` accepts boosts, `created` does not. */
  events: { completed: string; created: string };
  /** A completed catalog to-do whose completion event carries a boost. */
  eventRecording: string;
  counts: { catalogMessages: number; threadComments: number };
}

const CATALOG_MESSAGES: readonly [subject: string, content: string][] = [
  ['Catalog kickoff: goals and dates', '<div>Forty products, one printed catalog, on press by the end of February. Dates are in the schedule.</div>'],
  ['Which paper stock?', '<div>Uncoated feels right for the brand but the photos lose punch. Samples are on the big table.</div>'],
  ['Cover shortlist', '<div>Three covers made it through the first round. Vote with a boost.</div>'],
  ['Photo day one: what went well', '<div>The kitchen light was lovely until eleven. Book mornings next time.</div>'],
  ['Photo day two: retakes needed', '<div>The stoneware looked grey. We reshoot the mugs and the pitcher on Friday.</div>'],
  ['Price list is frozen', '<div>No more price changes after today, please: page proofs depend on it.</div>'],
  ['Copy tone reminder', '<div>Short sentences, no exclamation marks, say what the thing is made of.</div>'],
  ['Printer visit notes', '<div>They can do the spot varnish, but only on the cover. Quote attached next week.</div>'],
  ['Index or no index?', '<div>With forty products an index helps. It costs us two pages.</div>'],
  ['Proof round one is out', '<div>Mark up the PDFs directly, one comment per change.</div>'],
  ['Barcode placement', '<div>Bottom right of each product block, eight millimetres from the edge.</div>'],
  ['Shipping the samples back', '<div>Everything borrowed for the shoot goes back in the original boxes.</div>'],
  ['Proof round two: small fixes only', '<div>Typos and prices. Layout is locked.</div>'],
  ['Back cover story', '<div>A short piece about the workshop where the aprons are sewn.</div>'],
  ['Final sign-off meeting', '<div>Thursday at ten, in the studio. Bring your last notes.</div>'],
  ['On press!', '<div>The first sheets look great. Thank you all.</div>'],
  ['Launch mailing list', '<div>The catalog goes out to the list the day the boxes arrive.</div>'],
  ['Retrospective', '<div>What to keep and what to change for the autumn catalog.</div>'],
];

const THREAD_REPLIES: readonly string[] = [
  '<div>Count me in for the copy. I will draft the intro first.</div>',
  '<div>Is the February date fixed or is there slack?</div>',
  '<div>Fixed: the printer has us booked for the last week.</div>',
  '<div>Then the shoot needs to wrap by mid January.</div>',
  '<div>I can do two shoot days in the second week.</div>',
  '<div>Good. I will book the farmhouse kitchen.</div>',
  '<div>Do we need a model for the aprons?</div>',
  '<div>Hands only, I think. Keeps it about the product.</div>',
  '<div>Agreed, hands only.</div>',
  '<div>I will pull the price list from the shop system tomorrow.</div>',
  '<div>Please include the wholesale column too.</div>',
  '<div>Will do.</div>',
  '<div>Who owns the barcode data?</div>',
  '<div>Me. I will send a spreadsheet.</div>',
  '<div>Thanks. Layout templates are in Docs &amp; Files.</div>',
  '<div>Looks like a plan. Let us go.</div>',
  '<div>One more thing: proofs go to the printer as PDF/X-4.</div>',
];

/** Seeds the message-board family into the seeded projects; returns the ids tests rely on. */
export function seedMessages(
  state: SandboxState,
  projects: { hq: Project; catalog: Project; bakery: Project },
  people: Record<'owner' | 'admin' | 'production' | 'member' | 'copywriter' | 'photographer' | 'projectManager' | 'developer' | 'client', string>,
): MessageSeed {
  const boardOf = (project: Project): ToolRecording => {
    const entry = project.dock.find((tool) => tool.name === 'message_board');
    const board = entry ? state.recordings.get(entry.recordingId) : undefined;
    if (board?.type !== 'Message::Board') throw new Error(`project ${project.id} has no message board`);
    return board;
  };
  const hqBoard = boardOf(projects.hq);
  const catalogBoard = boardOf(projects.catalog);
  const bakeryBoard = boardOf(projects.bakery);

  const catalogAt = projects.catalog.createdAt + DAY;
  const announcement = addMessageType(state, projects.catalog.id, { name: 'Announcement', icon: '📣' }, catalogAt);
  const heads = addMessageType(state, projects.catalog.id, { name: 'Heads-up', icon: '👀' }, catalogAt + MINUTE);
  const unused = addMessageType(state, projects.catalog.id, { name: 'Question', icon: '❓' }, catalogAt + 2 * MINUTE);
  addMessageType(state, projects.hq.id, { name: 'Announcement', icon: '📣' }, projects.hq.createdAt + DAY);
  addMessageType(state, projects.bakery.id, { name: 'Update', icon: '🧁' }, projects.bakery.createdAt + DAY);

  const writers = [people.production, people.projectManager, people.copywriter, people.photographer, people.member];
  const catalogMessages: Message[] = CATALOG_MESSAGES.map(([subject, content], i) =>
    addMessage(
      state,
      catalogBoard,
      {
        subject,
        content,
        creatorId: writers[i % writers.length] ?? people.production,
        categoryId: i === 0 ? announcement.id : i % 4 === 1 ? heads.id : null,
      },
      catalogAt + (i + 1) * DAY,
    ),
  );
  const thread = catalogMessages[0];
  if (!thread) throw new Error('catalog messages missing');
  const repliers = [people.copywriter, people.member, people.production, people.projectManager, people.photographer];
  const threadComments = THREAD_REPLIES.map((content, i) =>
    addComment(state, thread, { content, creatorId: repliers[i % repliers.length] ?? people.member }, thread.createdAt + (i + 1) * 17 * MINUTE),
  );
  const firstComment = threadComments[0];
  if (!firstComment) throw new Error('thread comments missing');
  const boostAt = thread.createdAt + DAY;
  const onMessage = addBoost(state, thread, { content: '🎉', boosterId: people.photographer }, boostAt);
  addBoost(state, thread, { content: 'Let us go!', boosterId: people.member }, boostAt + MINUTE);
  addBoost(state, thread, { content: '👏', boosterId: people.copywriter }, boostAt + 2 * MINUTE);
  const onComment = addBoost(state, firstComment, { content: 'Thanks!', boosterId: people.production }, boostAt + 3 * MINUTE);

  const trashed = addMessage(state, catalogBoard, { subject: 'Draft: cover ideas (old)', content: '<div>Superseded by the shortlist.</div>', creatorId: people.member }, catalogAt + 30 * DAY);
  trashed.status = 'trashed';

  const hqAt = projects.hq.createdAt + 2 * DAY;
  addMessage(state, hqBoard, { subject: 'Welcome to the HQ board', content: '<div>Company news lives here. Post anything everyone should read.</div>', creatorId: people.owner }, hqAt);
  const pinned = addMessage(state, hqBoard, { subject: 'Studio hours and keys', content: '<div>The studio is open 8 to 6. Ask Theo for a key.</div>', creatorId: people.admin }, hqAt + DAY);
  pinned.pinned = true;
  addMessage(state, hqBoard, { subject: 'Holiday schedule', content: '<div>We close between the holidays. Enjoy the break.</div>', creatorId: people.owner }, hqAt + 2 * DAY);

  const bakeryAt = projects.bakery.createdAt + 2 * DAY;
  const clientVisible = addMessage(
    state,
    bakeryBoard,
    { subject: 'Welcome, Harbor Street Bakery', content: '<div>This is where we will share progress on the new site.</div>', creatorId: people.production, visibleToClients: true },
    bakeryAt,
  );
  addComment(state, clientVisible, { content: '<div>Lovely to be here. Looking forward to it!</div>', creatorId: people.client }, bakeryAt + 3 * MINUTE);
  const clientHidden = addMessage(
    state,
    bakeryBoard,
    { subject: 'Internal: hosting costs', content: '<div>Keep this between us until the quote is final.</div>', creatorId: people.developer, visibleToClients: false },
    bakeryAt + DAY,
  );

  const catalogTodos = [...state.recordings.values()].filter((r): r is Todo => r.type === 'Todo' && r.bucketId === projects.catalog.id && r.status === 'active');
  const commentedTodo = catalogTodos.find((todo) => todo.completion === null && todo.assigneeIds.length > 0);
  const completedTodo = catalogTodos.find((todo) => todo.completion !== null);
  if (!commentedTodo || !completedTodo?.completion) throw new Error('catalog to-dos missing');
  const onTodo = addComment(state, commentedTodo, { content: '<div>I can take this one on Tuesday.</div>', creatorId: people.member }, commentedTodo.createdAt + DAY);
  addComment(state, commentedTodo, { content: '<div>Great, thanks.</div>', creatorId: people.production }, commentedTodo.createdAt + DAY + 5 * MINUTE);

  // Stored now rather than by the events section's lazy baseline, so the boost has its event.
  const created = storeEvent(state, completedTodo.id, 'created', {}, completedTodo.createdAt, completedTodo.creatorId);
  const completion = completedTodo.completion;
  const completed = storeEvent(state, completedTodo.id, 'completed', {}, completion.createdAt, completion.creatorId);
  const onEvent = addBoost(state, completedTodo, { content: 'Nice one', boosterId: people.owner, event: completed }, completed.createdAt + MINUTE);

  return {
    boards: { hq: hqBoard.id, catalog: catalogBoard.id, bakery: bakeryBoard.id },
    messageTypes: { announcement: announcement.id, unused: unused.id },
    messages: { thread: thread.id, pinned: pinned.id, clientVisible: clientVisible.id, clientHidden: clientHidden.id, trashed: trashed.id },
    comments: { onMessage: firstComment.id, onTodo: onTodo.id },
    commentedTodo: commentedTodo.id,
    boosts: { onMessage: onMessage.id, onComment: onComment.id, onEvent: onEvent.id },
    events: { completed: completed.id, created: created.id },
    eventRecording: completedTodo.id,
    counts: { catalogMessages: catalogMessages.length, threadComments: threadComments.length },
  };
}
