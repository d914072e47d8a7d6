import { isTrashed } from '../access/visibility.ts';
import type { Project } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import type { Todo } from '../state/todos.ts';
import { emptyPersonalState, type DraftKind, type NotificationSection, type PersonalState } from '../state/personal.ts';
import { DAY, HOUR } from '../durations.ts';

/** Ids and counts the account/"my" tests rely on (see `SEED.personal`). */
export interface PersonalLandmarks {
  /** Lineup marker ids, in date order. */
  markers: string[];
  /** Out of office of the photographer (the docs' "Get person" example shape). */
  outOfOffice: { personId: string; startDate: string; endDate: string };
  /** The owner's bookmarks: 18 of them, so the list spans two pages (15 + 3). */
  ownerBookmarks: { count: number; newestRecordingId: string; newestBookmarkId: string };
  /** The member's Up Next, in order (to-do ids). */
  memberUpNext: string[];
  /** The owner's notifications: unread ones, read ones (two pages of 50), ones kept for later, and bubble-ups. */
  ownerNotifications: { unread: number; read: number; remembered: number; currentBubbleUps: number; scheduledBubbleUps: number; unreadRecordingId: string };
  /** Draft counts per person key that has any. */
  drafts: { owner: number; member: number };
}

type PeopleIds = Record<'owner' | 'admin' | 'production' | 'member' | 'copywriter' | 'photographer' | 'projectManager' | 'client', string>;

const AT = Date.parse('2026-01-26T09:00:00.000Z');

const MARKERS: [string, string][] = [
  ['Board meeting', '2026-02-19'],
  ['Catalog files go to the printer', '2026-03-02'],
  ['Studio closed for spring cleaning', '2026-03-23'],
  ['Bakery site goes live', '2026-04-14'],
];

const EXCERPTS = [
  'Quick one before the shoot: can we swap the linen backdrop for the oak board?',
  'I moved the proof review to Thursday so the printer has the weekend.',
  'Prices on the spring range are final, the spreadsheet is up to date.',
  'Left two notes on the copy, mostly about the product names.',
  'This is done on my side; over to you for the page proof.',
  'Heads up: the courier now picks up at three instead of five.',
];

const DRAFTS: [owner: 'owner' | 'member', kind: DraftKind, project: 'hq' | 'catalog' | 'bakery', tool: string, title: string, excerpt: string][] = [
  ['owner', 'message', 'hq', 'message_board', 'Summer hours, take two', 'Fridays end at two from June through August, as long as the week is covered.'],
  ['owner', 'document', 'catalog', 'vault', 'Catalog retrospective notes', 'What went well: the shoot schedule. What to fix: proofs arrived too late.'],
  ['owner', 'upload', 'bakery', 'vault', 'Pre-order flow sketch', ''],
  ['member', 'message', 'catalog', 'message_board', 'Cover type options', 'Three pairings for the cover, from quiet to loud. I lean towards the second.'],
  ['member', 'document', 'hq', 'vault', 'Font licences we own', 'A list of every typeface we have licensed, with seats and renewal dates.'],
];

/**
 * Seeds the account's extras and each person's own things: preferences, an out of office,
 * Lineup markers, bookmarks, Up Next, notifications, drafts and a note. Deterministic, and built
 * only from records the seed already made (to-dos, dock tools), so it never shifts their ids.
 */
export function seedPersonal(
  state: SandboxState,
  people: PeopleIds,
  projects: { hq: Project; catalog: Project; bakery: Project },
): PersonalLandmarks {
  const earliestPerson = Math.min(...[...state.people.values()].map((person) => person.createdAt));
  const personal: PersonalState = emptyPersonalState(AT);
  state.personal = personal;
  personal.account.createdAt = earliestPerson;
  personal.account.logo = { filename: 'larkspur-finch-mark.png', updatedAt: earliestPerson + DAY };

  personal.preferences.set(people.owner, { firstWeekDay: 'Monday', timeFormat: 'twenty_four_hour', updatedAt: AT - 30 * DAY });
  personal.preferences.set(people.member, { firstWeekDay: 'Monday', timeFormat: 'twelve_hour', updatedAt: AT - 12 * DAY });

  const outOfOffice = { personId: people.photographer, startDate: '2026-02-23', endDate: '2026-03-06' };
  personal.outOfOffice.set(outOfOffice.personId, { startDate: outOfOffice.startDate, endDate: outOfOffice.endDate, updatedAt: AT - 3 * DAY });

  const markers = MARKERS.map(([name, date], i) => {
    const id = personal.ids.marker.next();
    personal.lineupMarkers.set(id, { id, name, date, createdAt: AT - (20 - i) * DAY, updatedAt: AT - (20 - i) * DAY });
    return id;
  });

  const todosIn = (project: Project): Todo[] =>
    [...state.recordings.values()]
      .filter((r): r is Todo => r.type === 'Todo' && r.bucketId === project.id && r.status === 'active' && !isTrashed(state, r))
      .sort((a, b) => a.createdAt - b.createdAt);
  const catalogTodos = todosIn(projects.catalog);

  // The owner bookmarked a run of catalog to-dos over a few weeks; the newest is listed first.
  const bookmarked = catalogTodos.filter((_, i) => i % 7 === 3).slice(0, 18);
  bookmarked.forEach((todo, i) => {
    personal.bookmarks.push({ id: personal.ids.bookmark.next(), personId: people.owner, recordingId: todo.id, createdAt: AT - (40 - i) * HOUR, updatedAt: AT - (40 - i) * HOUR });
  });
  catalogTodos.slice(0, 2).forEach((todo, i) => {
    personal.bookmarks.push({ id: personal.ids.bookmark.next(), personId: people.member, recordingId: todo.id, createdAt: AT - (10 - i) * HOUR, updatedAt: AT - (10 - i) * HOUR });
  });
  const newestOwnerBookmark = personal.bookmarks.filter((b) => b.personId === people.owner).at(-1);

  const memberPending = catalogTodos.filter((todo) => todo.assigneeIds.includes(people.member) && todo.completion === null);
  const memberUpNext = [memberPending[4], memberPending[0], memberPending[9]].flatMap((todo) => (todo ? [todo.id] : []));
  personal.priorities.set(people.member, memberUpNext);

  // The owner's Hey! menu: 8 unread, 62 read (two pages of 50), two bubbled up, one scheduled.
  const authors = [people.production, people.copywriter, people.photographer, people.projectManager, people.member];
  const sections: NotificationSection[] = ['inbox', 'inbox', 'mentions', 'inbox', 'chats'];
  const ownerFeed = catalogTodos.slice(0, 72);
  ownerFeed.forEach((todo, i) => {
    const createdAt = AT - (i + 1) * 5 * HOUR;
    const read = i >= 8;
    personal.notifications.push({
      id: personal.ids.notification.next(),
      personId: people.owner,
      recordingId: todo.id,
      section: sections[i % sections.length] ?? 'inbox',
      creatorId: authors[i % authors.length] ?? people.production,
      excerpt: EXCERPTS[i % EXCERPTS.length] ?? '',
      createdAt,
      updatedAt: read ? createdAt + 2 * HOUR : createdAt,
      unreadCount: read ? 0 : 1 + (i % 3),
      unreadAt: createdAt,
      readAt: read ? createdAt + 2 * HOUR : null,
      bubbleUpAt: i === 9 || i === 12 ? createdAt + DAY : i === 15 ? Date.parse('2031-01-05T16:00:00.000Z') : null,
    });
  });
  // Two items the owner kept for later: read, and listed apart as `memories`.
  catalogTodos.slice(72, 74).forEach((todo, i) => {
    const createdAt = AT - (80 + i) * 5 * HOUR;
    personal.notifications.push({
      id: personal.ids.notification.next(),
      personId: people.owner,
      recordingId: todo.id,
      section: 'remembered',
      creatorId: authors[i % authors.length] ?? people.production,
      excerpt: EXCERPTS[(i + 1) % EXCERPTS.length] ?? '',
      createdAt,
      updatedAt: createdAt + 3 * DAY,
      unreadCount: 0,
      unreadAt: createdAt,
      readAt: createdAt + 3 * DAY,
      bubbleUpAt: null,
    });
  });
  const memberFeed = memberPending.slice(0, 5);
  memberFeed.forEach((todo, i) => {
    const createdAt = AT - (i + 1) * 7 * HOUR;
    personal.notifications.push({
      id: personal.ids.notification.next(),
      personId: people.member,
      recordingId: todo.id,
      section: 'inbox',
      creatorId: people.production,
      excerpt: EXCERPTS[(i + 2) % EXCERPTS.length] ?? '',
      createdAt,
      updatedAt: createdAt,
      unreadCount: i < 3 ? 1 : 0,
      unreadAt: createdAt,
      readAt: i < 3 ? null : createdAt + HOUR,
      bubbleUpAt: null,
    });
  });

  const dockToolId = (project: Project, tool: string): string => {
    const entry = project.dock.find((candidate) => candidate.name === tool);
    if (!entry) throw new Error(`seed: ${project.name} has no ${tool}`);
    return entry.recordingId;
  };
  DRAFTS.forEach(([who, kind, projectKey, tool, title, excerpt], i) => {
    const project = projects[projectKey];
    personal.drafts.push({
      id: personal.ids.draft.next(),
      personId: people[who],
      bucketId: project.id,
      kind,
      parentId: dockToolId(project, tool),
      title,
      excerpt,
      createdAt: AT - (9 - i) * DAY,
      updatedAt: AT - (9 - i) * DAY + 3 * HOUR,
      scheduledPostingAt: i === 0 ? Date.parse('2026-05-29T15:00:00.000Z') : null,
    });
  });

  personal.notes.set(people.owner, {
    id: personal.ids.note.next(),
    content: '<div>Ask the printer about uncoated stock for the autumn catalog. Call the bakery on Tuesday.</div>',
    createdAt: AT - 60 * DAY,
    updatedAt: AT - 2 * DAY,
  });

  if (!newestOwnerBookmark || memberUpNext.length < 3) throw new Error('seed: personal landmarks missing');
  const ownerItems = personal.notifications.filter((n) => n.personId === people.owner);
  return {
    markers,
    outOfOffice,
    ownerBookmarks: { count: bookmarked.length, newestRecordingId: newestOwnerBookmark.recordingId, newestBookmarkId: newestOwnerBookmark.id },
    memberUpNext,
    ownerNotifications: {
      unread: ownerItems.filter((n) => n.readAt === null).length,
      read: ownerItems.filter((n) => n.readAt !== null && n.section !== 'remembered').length,
      remembered: ownerItems.filter((n) => n.section === 'remembered').length,
      currentBubbleUps: ownerItems.filter((n) => n.bubbleUpAt !== null && n.bubbleUpAt < AT).length,
      scheduledBubbleUps: ownerItems.filter((n) => n.bubbleUpAt !== null && n.bubbleUpAt > AT).length,
      unreadRecordingId: ownerItems.find((n) => n.readAt === null)?.recordingId ?? '',
    },
    drafts: { owner: DRAFTS.filter(([who]) => who === 'owner').length, member: DRAFTS.filter(([who]) => who === 'member').length },
  };
}
