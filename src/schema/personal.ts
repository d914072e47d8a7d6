import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import {
  assignmentParentType,
  assignmentRecordingType,
  draftParentType,
  fetchAccount,
  fetchAccounts,
  fetchBookmarkStatuses,
  fetchLineupMarkers,
  fetchMyAssignments,
  fetchMyCompletedAssignments,
  fetchMyDueAssignments,
  fetchMyNote,
  fetchMyNotifications,
  fetchMyPreferences,
  fetchOutOfOffices,
  listLineupMarkers,
  listMyBookmarks,
  listMyBubbleUps,
  listMyDrafts,
  listPingablePeople,
  type AssignmentRecord,
  type NotificationRecord,
  type OutOfOfficeRecord,
} from '../resolvers/personal.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { connectionOf, identifiedRef, node } from './nodes.ts';
import { specFields } from './fields.ts';
import { Person, PersonConnection } from './people.ts';
import { Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, type RecordingShape } from './recording.ts';

// --- account ---------------------------------------------------------------------------------

export const Account = node('Account', { load: fetchAccounts });

const AccountLimits = builder.objectRef<Wire.AccountLimits>('AccountLimits').implement({
  description: 'What the account\'s plan lets people do right now.',
  fields: (t) => ({
    ...specFields(t, 'AccountLimits', {
      canCreateProjects: 'Whether another project fits in the plan.',
      canPinProjects: 'Whether projects can be pinned to the home screen.',
      canCreateUsers: 'Whether more people can be added.',
      canUploadFiles: 'Whether storage is left for uploads.',
    }),
  }),
});

const AccountSubscription = builder.objectRef<Wire.AccountSubscription>('AccountSubscription').implement({
  description: 'The plan the account pays for and the features it includes.',
  fields: (t) => ({
    ...specFields(t, 'AccountSubscription', {
      shortName: 'Basecamp\'s internal code for the plan.',
      properName: 'The plan\'s name as shown to people.',
      projectLimit: 'How many projects the plan allows; null when unlimited.',
      teams: 'Team spaces are included.',
      clients: 'Clients can be invited.',
      templates: 'Project templates are included.',
      logo: 'A custom logo is allowed.',
      timesheet: 'Time tracking is included.',
    }),
  }),
});

const AccountSettings = builder.objectRef<Wire.AccountSettings>('AccountSettings').implement({
  description: 'Account-wide switches for how work is organised.',
  fields: (t) => ({
    ...specFields(t, 'AccountSettings', {
      companyHqEnabled: 'The account has a company-wide HQ project.',
      teamsEnabled: 'Teams are switched on.',
      projectsEnabled: 'Projects are switched on.',
    }),
  }),
});

const AccountLogo = builder.objectRef<Wire.AccountLogo>('AccountLogo').implement({
  description: 'The account\'s custom logo.',
  fields: (t) => ({
    ...specFields(t, 'AccountLogo', { url: 'Where the image can be downloaded.' }),
  }),
});

Account.implement({
  description: 'The Basecamp account the token works in: its name, plan and status.',
  extensions: uses('GetAccount'),
  fields: (t) => ({
    ...specFields(t, 'Account', {
      basecampId: 'The numeric Basecamp id of the account, as a string.',
      name: 'The account\'s name, usually the company\'s.',
      ownerName: 'Who owns the account.',
      active: 'False once the account is cancelled or suspended.',
      createdAt: 'When the account was opened.',
      updatedAt: 'When the account last changed.',
      trial: 'Still on a free trial.',
      trialEndsOn: 'The last day of the trial; null when not on one.',
      frozen: 'Read-only, e.g. after a billing problem.',
      paused: 'Paused by its owner.',
    }),
    limits: t.expose('limits', { type: AccountLimits, nullable: true, description: 'What the plan allows right now.' }),
    subscription: t.expose('subscription', { type: AccountSubscription, nullable: true, description: 'The plan and its features.' }),
    settings: t.expose('settings', { type: AccountSettings, nullable: true, description: 'Account-wide switches.' }),
    logo: t.expose('logo', { type: AccountLogo, nullable: true, description: 'The custom logo; null when there is none.' }),
  }),
});

// --- me: preferences and the note --------------------------------------------------------------

export const Preferences = builder.objectRef<Wire.Preferences>('Preferences').implement({
  description: 'How the current person wants dates and times shown.',
  fields: (t) => ({
    ...specFields(t, 'Preferences', {
      url: 'The REST URL of these preferences.',
      appUrl: 'Where to change them in the web app.',
      timeZoneName: 'The time zone dates are shown in.',
      firstWeekDay: 'The day calendars start on, e.g. `Monday`.',
      timeFormat: '`twelve_hour` or `twenty_four_hour`.',
    }),
  }),
});

const NoteAttachment = identifiedRef<Wire.RichTextAttachment>('NoteAttachment').implement({
  description: 'A file embedded in the note\'s rich text.',
  fields: (t) => ({
    ...specFields(t, 'RichTextAttachment', {
      basecampId: 'The Basecamp id of the file.',
      sgid: 'Signed id that places the file in rich text.',
      contentType: 'The file\'s MIME type.',
      width: 'Pixel width of images; null for other files.',
      height: 'Pixel height of images; null for other files.',
    }),
  }),
});

export const MyNote = identifiedRef<Wire.MyNote>('MyNote', { nullable: true }).implement({
  description: 'The current person\'s private notebook page. Before its first save it is empty and has no id.',
  fields: (t) => ({
    ...specFields(t, 'MyNote', {
      basecampId: 'Null until the note is first saved.',
      type: 'Basecamp\'s type name for it, `Notebook::Note`.',
      createdAt: 'Null until the note is first saved.',
      updatedAt: 'Null until the note is first saved.',
      content: 'Rich text (HTML); empty before the first save.',
      url: 'The REST URL of the note.',
      appUrl: 'Where the note lives in the web app.',
    }),
    contentAttachments: t.field({
      type: [NoteAttachment],
      description: 'Files embedded in the content.',
      resolve: (note) => note.content_attachments ?? [],
    }),
  }),
});

// --- out of office ---------------------------------------------------------------------------

export const OutOfOffice = builder.objectRef<OutOfOfficeRecord>('OutOfOffice').implement({
  description: 'Whether and when a person is away. When it is off, the dates are null.',
  fields: (t) => ({
    person: t.field({
      type: Person,
      nullable: true,
      description: 'Whose absence this is.',
      resolve: (ooo) => ooo.person?.id ?? null,
    }),
    ...specFields(t, 'OutOfOffice', {
      enabled: 'Whether out of office is set.',
      ongoing: 'Whether today falls inside the absence.',
      startDate: 'The first day away.',
      endDate: 'The last day away.',
      backOnDate: 'The first working day after the absence.',
    }),
  }),
});

builder.objectField(Person, 'outOfOffice', (t) =>
  t.loadable({
    type: OutOfOffice,
    nullable: true,
    description: 'Whether this person is away, and when.',
    extensions: uses('GetOutOfOffice'),
    load: (ids: string[], ctx: Context) => fetchOutOfOffices(ctx, ids),
    resolve: (person) => person.id,
  }),
);

// --- Lineup markers --------------------------------------------------------------------------

export const LineupMarker = node('LineupMarker', { load: fetchLineupMarkers });

LineupMarker.implement({
  description: 'A named date shown to everyone on the account\'s Lineup, such as a launch or a holiday.',
  extensions: uses('ListLineupMarkers'),
  fields: (t) => ({
    ...specFields(t, 'LineupMarker', {
      name: 'What the date marks.',
      date: 'The day it falls on.',
    }),
  }),
});

// --- assignments -----------------------------------------------------------------------------

export const Assignment = identifiedRef<AssignmentRecord>('Assignment');

Assignment.implement({
  description: 'Something assigned to the current person, as their assignment lists show it (a to-do, or a card with its steps).',
  fields: (t) => ({
    ...specFields(t, 'MyAssignment', {
      basecampId: 'The Basecamp id of the assigned recording.',
      appUrl: 'Where it lives in the web app.',
      content: 'The to-do or card text.',
      startsOn: 'When work on it starts.',
      dueOn: 'When it is due.',
      type: 'The kind of assignment, e.g. `todo`.',
      hasDescription: 'Whether it carries notes beyond its text.',
      priorityRecordingId: 'On Up Next items: the id that carries the priority (what `deprioritizeAssignment` takes).',
    }),
    bucket: t.field({
      type: Project,
      nullable: true,
      description: 'The project it belongs to.',
      resolve: (assignment) => assignment.bucket?.id ?? null,
    }),
    parent: t.field({
      type: Recording,
      nullable: true,
      description: 'What it sits in: a to-do\'s list, a card\'s column.',
      resolve: (assignment, _args, ctx) => {
        const type = assignmentParentType(assignment);
        return assignment.parent && type ? (loadRecording(ctx, { id: assignment.parent.id, type }) as Promise<RecordingShape> | null) : null;
      },
    }),
    recording: t.field({
      type: Recording,
      nullable: true,
      description: 'The assigned recording itself, in full.',
      resolve: (assignment, _args, ctx) => {
        const type = assignmentRecordingType(assignment);
        return type ? (loadRecording(ctx, { id: assignment.id, type }) as Promise<RecordingShape> | null) : null;
      },
    }),
    assignees: t.field({
      type: [Person],
      description: 'Everyone it is assigned to.',
      resolve: (assignment) => (assignment.assignees ?? []).map((person) => person.id),
    }),
    children: t.field({
      type: [Assignment],
      description: 'Nested assignments, such as the steps of a card.',
      resolve: (assignment) => assignment.children ?? [],
    }),
  }),
});

const MyAssignments = builder.objectRef<Wire.GetMyAssignmentsResponseContent>('MyAssignments').implement({
  description: 'The current person\'s open assignments, split into Up Next and the rest.',
  fields: (t) => ({
    priorities: t.field({ type: [Assignment], description: 'Up Next, in the person\'s own order.', resolve: (all) => all.priorities ?? [] }),
    nonPriorities: t.field({ type: [Assignment], description: 'Everything else still open.', resolve: (all) => all.non_priorities ?? [] }),
  }),
});
export { MyAssignments };

const DueScope = builder.enumType('DueScope', {
  description: 'A window of due dates, in the current person\'s time zone and week.',
  values: {
    OVERDUE: { value: 'overdue', description: 'Due before today.' },
    DUE_TODAY: { value: 'due_today', description: 'Due today.' },
    DUE_TOMORROW: { value: 'due_tomorrow', description: 'Due tomorrow.' },
    DUE_LATER_THIS_WEEK: { value: 'due_later_this_week', description: 'Due after tomorrow but this week.' },
    DUE_NEXT_WEEK: { value: 'due_next_week', description: 'Due next week.' },
    DUE_LATER: { value: 'due_later', description: 'Due after next week.' },
  } as const,
});

// --- bookmarks, drafts, notifications --------------------------------------------------------

const BookmarkStatus = builder.objectRef<Wire.BookmarkStatus>('BookmarkStatus').implement({
  description: 'Whether the current person bookmarked a recording.',
  fields: (t) => ({ bookmarked: t.exposeBoolean('bookmarked') }),
});

builder.interfaceField(Recording, 'bookmark', (t) =>
  t.loadable({
    type: BookmarkStatus,
    nullable: true,
    description: 'Whether the current person bookmarked it.',
    extensions: uses('GetBookmark'),
    load: (ids: string[], ctx: Context) => fetchBookmarkStatuses(ctx, ids),
    resolve: (recording) => recording.id,
  }),
);

export const Bookmark = identifiedRef<Wire.Bookmark>('Bookmark').implement({
  description: 'The current person\'s personal link to one recording.',
  fields: (t) => ({
    ...specFields(t, 'Bookmark', {
      basecampId: 'The numeric Basecamp id of the bookmark, as a string.',
      createdAt: 'When it was bookmarked.',
    }),
    recording: t.field({
      type: Recording,
      nullable: true,
      description: 'What was bookmarked. Embedded in full, so this costs no extra call.',
      resolve: (bookmark) => bookmark.recording as unknown as RecordingShape,
    }),
  }),
});
const BookmarkConnection = connectionOf(Bookmark);

export const Draft = identifiedRef<Wire.Draft>('Draft').implement({
  description: 'Something the current person wrote but has not published yet: a message, document, upload or client post.',
  fields: (t) => ({
    ...specFields(t, 'Draft', {
      basecampId: 'The numeric Basecamp id of the draft, as a string.',
      appUrl: 'Where to keep editing it in the web app.',
      type: 'What it will be: `message`, `document`, `upload`, `client_approval` or `client_correspondence`.',
      excerpt: 'The start of its text, plain; empty when it has none.',
      scheduledPostingAt: 'When it will publish itself; null when not scheduled.',
    }),
    bucket: t.field({
      type: Project,
      nullable: true,
      description: 'The project it will be published in.',
      resolve: (draft) => draft.bucket?.id ?? null,
    }),
    parent: t.field({
      type: Recording,
      nullable: true,
      description: 'The tool it will be published into, e.g. the message board.',
      resolve: (draft, _args, ctx) => {
        const type = draftParentType(draft);
        return draft.parent && type ? (loadRecording(ctx, { id: draft.parent.id, type }) as Promise<RecordingShape> | null) : null;
      },
    }),
  }),
});
const DraftConnection = connectionOf(Draft);

const PreviewableAttachment = identifiedRef<Wire.PreviewableAttachment>('PreviewableAttachment', { nullable: true }).implement({
  description: 'An image or file a notification can preview.',
  fields: (t) => ({
    ...specFields(t, 'PreviewableAttachment', {
      contentType: 'The file\'s MIME type.',
      filesize: 'Size in bytes.',
    }),
  }),
});

export const Notification = identifiedRef<NotificationRecord>('Notification').implement({
  description: 'One entry of the current person\'s Hey! menu: activity on something they follow.',
  fields: (t) => ({
    ...specFields(t, 'Notification', {
      basecampId: 'The numeric Basecamp id of the notification, as a string.',
      section: 'Which part of the menu: `inbox`, `chats`, `pings`, `bubbles` or `mentions`.',
      unreadCount: 'Updates not yet seen.',
      unreadAt: 'When it last became unread.',
      readAt: 'When it was read; null while unread.',
      readableSgid: 'What `markAsRead` takes to mark it read.',
      readableIdentifier: 'A readable key for the item, e.g. `todo_123`.',
      type: 'What kind of thing it is about, e.g. `Recording`.',
      bucketName: 'The project\'s name.',
      contentExcerpt: 'The start of the text, plain.',
      memoryUrl: 'Set only on items that can be kept for later.',
      bubbleUpUrl: 'Set only on items that can bubble up.',
      bubbleUpAt: 'When a scheduled bubble-up resurfaces.',
      subscribed: 'Whether the person follows what it is about.',
      named: 'On pings: whether it has its own name.',
      imageUrl: 'On pings: its own picture.',
    }),
    creator: t.field({
      type: Person,
      nullable: true,
      description: 'Who caused it. Embedded in full: no extra call.',
      extensions: embedded(),
      resolve: (notification) => notification.creator ?? null,
    }),
    previewableAttachments: t.field({
      type: [PreviewableAttachment],
      description: 'Up to ten files it can preview.',
      resolve: (notification) => notification.previewable_attachments ?? [],
    }),
    participants: t.field({
      type: [Person],
      description: 'On pings: the other people in it.',
      extensions: embedded(),
      resolve: (notification) => notification.participants ?? [],
    }),
  }),
});
const NotificationConnection = connectionOf(Notification);

export const NotificationInbox = builder.objectRef<Wire.GetMyNotificationsResponseContent>('NotificationInbox').implement({
  description: 'The current person\'s Hey! menu: unread items, one page of read ones, and bubble-ups.',
  fields: (t) => ({
    unreads: t.field({ type: [Notification], description: 'Unread items, newest first (at most 100).', resolve: (inbox) => inbox.unreads ?? [] }),
    reads: t.field({ type: [Notification], description: 'The requested page of read items (50 a page).', resolve: (inbox) => inbox.reads ?? [] }),
    memories: t.field({ type: [Notification], description: 'Kept-for-later items; Basecamp now leaves this empty in favour of bubble-ups.', resolve: (inbox) => inbox.memories ?? [] }),
    bubbleUps: t.field({ type: [Notification], description: 'Items that have bubbled back up.', resolve: (inbox) => inbox.bubble_ups ?? [] }),
    scheduledBubbleUps: t.field({
      type: [Notification],
      nullable: true,
      description: 'Items set to bubble up later; null when `limitBubbleUps` was asked for.',
      resolve: (inbox) => inbox.scheduled_bubble_ups ?? null,
    }),
    bubbleUpsCount: t.exposeInt('bubble_ups_count', { description: 'How many items have bubbled up, whatever the cap.' }),
    scheduledBubbleUpsCount: t.exposeInt('scheduled_bubble_ups_count', { description: 'How many are scheduled to.' }),
  }),
});

// --- root fields -----------------------------------------------------------------------------

builder.queryFields((t) => ({
  account: t.field({
    type: Account,
    nullable: true,
    description: 'The account this request works in.',
    extensions: uses('GetAccount'),
    resolve: (_root, _args, ctx) => fetchAccount(ctx),
  }),
  pingablePeople: t.connection(
    {
      type: Person,
      nullable: true,
      description: 'Everyone in the account the current person can ping.',
      extensions: uses('ListPingablePeople'),
      resolve: (_root, args, ctx) => listPingablePeople(ctx, args),
    },
    PersonConnection,
  ),
  myPreferences: t.field({
    type: Preferences,
    nullable: true,
    description: 'The current person\'s date and time preferences.',
    extensions: uses('GetMyPreferences'),
    resolve: (_root, _args, ctx) => fetchMyPreferences(ctx),
  }),
  myNote: t.field({
    type: MyNote,
    nullable: true,
    description: 'The current person\'s private note.',
    extensions: uses('GetMyNote'),
    resolve: (_root, _args, ctx) => fetchMyNote(ctx),
  }),
  lineupMarkers: t.field({
    type: [LineupMarker],
    nullable: true,
    description: 'Every marker on the account\'s Lineup, by date.',
    extensions: uses('ListLineupMarkers'),
    resolve: (_root, _args, ctx) => listLineupMarkers(ctx),
  }),
  myAssignments: t.field({
    type: MyAssignments,
    nullable: true,
    description: 'What is assigned to the current person and still open.',
    extensions: uses('GetMyAssignments'),
    resolve: (_root, _args, ctx) => fetchMyAssignments(ctx),
  }),
  myCompletedAssignments: t.field({
    type: [Assignment],
    nullable: true,
    description: 'The current person\'s completed assignments (archived and trashed ones left out).',
    extensions: uses('GetMyCompletedAssignments'),
    resolve: (_root, _args, ctx) => fetchMyCompletedAssignments(ctx),
  }),
  myDueAssignments: t.field({
    type: [Assignment],
    nullable: true,
    description: 'The current person\'s open assignments due in a window.',
    extensions: uses('GetMyDueAssignments'),
    args: { scope: t.arg({ type: DueScope, description: 'Defaults to overdue.' }) },
    resolve: (_root, args, ctx) => fetchMyDueAssignments(ctx, args.scope),
  }),
  myBookmarks: t.connection(
    {
      type: Bookmark,
      nullable: true,
      description: 'The current person\'s bookmarks, newest first.',
      extensions: uses('ListMyBookmarks'),
      resolve: (_root, args, ctx) => listMyBookmarks(ctx, args),
    },
    BookmarkConnection,
  ),
  myDrafts: t.connection(
    {
      type: Draft,
      nullable: true,
      description: 'The current person\'s unpublished drafts in active projects, most recently edited first.',
      extensions: uses('ListMyDrafts'),
      resolve: (_root, args, ctx) => listMyDrafts(ctx, args),
    },
    DraftConnection,
  ),
  myNotifications: t.field({
    type: NotificationInbox,
    nullable: true,
    description: 'The current person\'s Hey! menu.',
    extensions: uses('GetMyNotifications'),
    args: {
      page: t.arg.int({ description: 'Which page of read items, from 1 (50 a page).' }),
      limitBubbleUps: t.arg.boolean({ description: 'At most two bubble-ups and no scheduled list.' }),
    },
    resolve: (_root, args, ctx) => fetchMyNotifications(ctx, args),
  }),
  myBubbleUps: t.connection(
    {
      type: Notification,
      nullable: true,
      description: 'Every bubble-up of the current person: current ones first, then scheduled ones by time.',
      extensions: uses('GetBubbleUps'),
      resolve: (_root, args, ctx) => listMyBubbleUps(ctx, args),
    },
    NotificationConnection,
  ),
}));
