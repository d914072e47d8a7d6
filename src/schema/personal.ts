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
import { Person, PersonConnection } from './people.ts';
import { Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, type RecordingShape } from './recording.ts';

// --- account ---------------------------------------------------------------------------------

export const Account = node('Account', { load: fetchAccounts });

const AccountLimits = builder.objectRef<Wire.AccountLimits>('AccountLimits').implement({
  description: 'What the account\'s plan lets people do right now.',
  fields: (t) => ({
    canCreateProjects: t.exposeBoolean('can_create_projects', { nullable: true, description: 'Whether another project fits in the plan.' }),
    canPinProjects: t.exposeBoolean('can_pin_projects', { nullable: true, description: 'Whether projects can be pinned to the home screen.' }),
    canCreateUsers: t.exposeBoolean('can_create_users', { nullable: true, description: 'Whether more people can be added.' }),
    canUploadFiles: t.exposeBoolean('can_upload_files', { nullable: true, description: 'Whether storage is left for uploads.' }),
  }),
});

const AccountSubscription = builder.objectRef<Wire.AccountSubscription>('AccountSubscription').implement({
  description: 'The plan the account pays for and the features it includes.',
  fields: (t) => ({
    shortName: t.exposeString('short_name', { nullable: true, description: 'Basecamp\'s internal code for the plan.' }),
    properName: t.exposeString('proper_name', { nullable: true, description: 'The plan\'s name as shown to people.' }),
    projectLimit: t.exposeInt('project_limit', { nullable: true, description: 'How many projects the plan allows; null when unlimited.' }),
    teams: t.exposeBoolean('teams', { nullable: true, description: 'Team spaces are included.' }),
    clients: t.exposeBoolean('clients', { nullable: true, description: 'Clients can be invited.' }),
    templates: t.exposeBoolean('templates', { nullable: true, description: 'Project templates are included.' }),
    logo: t.exposeBoolean('logo', { nullable: true, description: 'A custom logo is allowed.' }),
    timesheet: t.exposeBoolean('timesheet', { nullable: true, description: 'Time tracking is included.' }),
  }),
});

const AccountSettings = builder.objectRef<Wire.AccountSettings>('AccountSettings').implement({
  description: 'Account-wide switches for how work is organised.',
  fields: (t) => ({
    companyHqEnabled: t.exposeBoolean('company_hq_enabled', { nullable: true, description: 'The account has a company-wide HQ project.' }),
    teamsEnabled: t.exposeBoolean('teams_enabled', { nullable: true, description: 'Teams are switched on.' }),
    projectsEnabled: t.exposeBoolean('projects_enabled', { nullable: true, description: 'Projects are switched on.' }),
  }),
});

const AccountLogo = builder.objectRef<Wire.AccountLogo>('AccountLogo').implement({
  description: 'The account\'s custom logo.',
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true, description: 'Where the image can be downloaded.' }),
  }),
});

Account.implement({
  description: 'The Basecamp account the token works in: its name, plan and status.',
  extensions: uses('GetAccount'),
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id of the account, as a string.' }),
    name: t.exposeString('name', { description: 'The account\'s name, usually the company\'s.' }),
    ownerName: t.exposeString('owner_name', { nullable: true, description: 'Who owns the account.' }),
    active: t.exposeBoolean('active', { nullable: true, description: 'False once the account is cancelled or suspended.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When the account was opened.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', description: 'When the account last changed.' }),
    trial: t.exposeBoolean('trial', { nullable: true, description: 'Still on a free trial.' }),
    trialEndsOn: t.expose('trial_ends_on', { type: 'Date', nullable: true, description: 'The last day of the trial; null when not on one.' }),
    frozen: t.exposeBoolean('frozen', { nullable: true, description: 'Read-only, e.g. after a billing problem.' }),
    paused: t.exposeBoolean('paused', { nullable: true, description: 'Paused by its owner.' }),
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
    url: t.exposeString('url', { nullable: true, description: 'The REST URL of these preferences.' }),
    appUrl: t.exposeString('app_url', { nullable: true, description: 'Where to change them in the web app.' }),
    timeZoneName: t.exposeString('time_zone_name', { nullable: true, description: 'The time zone dates are shown in.' }),
    firstWeekDay: t.exposeString('first_week_day', { nullable: true, description: 'The day calendars start on, e.g. `Monday`.' }),
    timeFormat: t.exposeString('time_format', { nullable: true, description: '`twelve_hour` or `twenty_four_hour`.' }),
  }),
});

const NoteAttachment = identifiedRef<Wire.RichTextAttachment>('NoteAttachment').implement({
  description: 'A file embedded in the note\'s rich text.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The Basecamp id of the file.' }),
    sgid: t.exposeString('sgid', { description: 'Signed id that places the file in rich text.' }),
    filename: t.exposeString('filename'),
    contentType: t.exposeString('content_type', { description: 'The file\'s MIME type.' }),
    byteSize: t.exposeInt('byte_size', { description: 'Size in bytes.' }),
    downloadUrl: t.exposeString('download_url'),
    width: t.exposeInt('width', { nullable: true, description: 'Pixel width of images; null for other files.' }),
    height: t.exposeInt('height', { nullable: true, description: 'Pixel height of images; null for other files.' }),
    previewable: t.exposeBoolean('previewable', { description: 'Whether Basecamp can render a preview.' }),
    previewUrl: t.exposeString('preview_url'),
    thumbnailUrl: t.exposeString('thumbnail_url'),
  }),
});

export const MyNote = identifiedRef<Wire.MyNote>('MyNote', { nullable: true }).implement({
  description: 'The current person\'s private notebook page. Before its first save it is empty and has no id.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { nullable: true, description: 'Null until the note is first saved.' }),
    type: t.exposeString('type', { description: 'Basecamp\'s type name for it, `Notebook::Note`.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', nullable: true, description: 'Null until the note is first saved.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', nullable: true, description: 'Null until the note is first saved.' }),
    content: t.exposeString('content', { description: 'Rich text (HTML); empty before the first save.' }),
    contentAttachments: t.field({
      type: [NoteAttachment],
      description: 'Files embedded in the content.',
      resolve: (note) => note.content_attachments ?? [],
    }),
    url: t.exposeString('url', { description: 'The REST URL of the note.' }),
    appUrl: t.exposeString('app_url', { description: 'Where the note lives in the web app.' }),
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
    enabled: t.exposeBoolean('enabled', { nullable: true, description: 'Whether out of office is set.' }),
    ongoing: t.exposeBoolean('ongoing', { nullable: true, description: 'Whether today falls inside the absence.' }),
    startDate: t.expose('start_date', { type: 'Date', nullable: true, description: 'The first day away.' }),
    endDate: t.expose('end_date', { type: 'Date', nullable: true, description: 'The last day away.' }),
    backOnDate: t.expose('back_on_date', { type: 'Date', nullable: true, description: 'The first working day after the absence.' }),
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
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id, as a string.' }),
    name: t.exposeString('name', { description: 'What the date marks.' }),
    date: t.expose('date', { type: 'Date', description: 'The day it falls on.' }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
  }),
});

// --- assignments -----------------------------------------------------------------------------

export const Assignment = identifiedRef<AssignmentRecord>('Assignment');

Assignment.implement({
  description: 'Something assigned to the current person, as their assignment lists show it (a to-do, or a card with its steps).',
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The Basecamp id of the assigned recording.' }),
    appUrl: t.exposeString('app_url', { nullable: true, description: 'Where it lives in the web app.' }),
    content: t.exposeString('content', { nullable: true, description: 'The to-do or card text.' }),
    startsOn: t.expose('starts_on', { type: 'Date', nullable: true, description: 'When work on it starts.' }),
    dueOn: t.expose('due_on', { type: 'Date', nullable: true, description: 'When it is due.' }),
    completed: t.exposeBoolean('completed', { nullable: true }),
    type: t.exposeString('type', { nullable: true, description: 'The kind of assignment, e.g. `todo`.' }),
    commentsCount: t.exposeInt('comments_count', { nullable: true }),
    hasDescription: t.exposeBoolean('has_description', { nullable: true, description: 'Whether it carries notes beyond its text.' }),
    priorityRecordingId: t.exposeID('priority_recording_id', {
      nullable: true,
      description: 'On Up Next items: the id that carries the priority (what `deprioritizeAssignment` takes).',
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
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id of the bookmark, as a string.' }),
    createdAt: t.expose('created_at', { type: 'DateTime', description: 'When it was bookmarked.' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
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
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id of the draft, as a string.' }),
    appUrl: t.exposeString('app_url', { description: 'Where to keep editing it in the web app.' }),
    title: t.exposeString('title'),
    type: t.exposeString('type', { description: 'What it will be: `message`, `document`, `upload`, `client_approval` or `client_correspondence`.' }),
    excerpt: t.exposeString('excerpt', { description: 'The start of its text, plain; empty when it has none.' }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
    scheduledPostingAt: t.expose('scheduled_posting_at', { type: 'DateTime', nullable: true, description: 'When it will publish itself; null when not scheduled.' }),
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
    basecampId: t.exposeID('id', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    appUrl: t.exposeString('app_url', { nullable: true }),
    contentType: t.exposeString('content_type', { nullable: true, description: 'The file\'s MIME type.' }),
    filename: t.exposeString('filename', { nullable: true }),
    filesize: t.exposeInt('filesize', { nullable: true, description: 'Size in bytes.' }),
    width: t.exposeInt('width', { nullable: true }),
    height: t.exposeInt('height', { nullable: true }),
  }),
});

export const Notification = identifiedRef<NotificationRecord>('Notification').implement({
  description: 'One entry of the current person\'s Hey! menu: activity on something they follow.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id of the notification, as a string.' }),
    createdAt: t.expose('created_at', { type: 'DateTime' }),
    updatedAt: t.expose('updated_at', { type: 'DateTime' }),
    section: t.exposeString('section', { nullable: true, description: 'Which part of the menu: `inbox`, `chats`, `pings`, `bubbles` or `mentions`.' }),
    unreadCount: t.exposeInt('unread_count', { nullable: true, description: 'Updates not yet seen.' }),
    unreadAt: t.expose('unread_at', { type: 'DateTime', nullable: true, description: 'When it last became unread.' }),
    readAt: t.expose('read_at', { type: 'DateTime', nullable: true, description: 'When it was read; null while unread.' }),
    readableSgid: t.exposeString('readable_sgid', { nullable: true, description: 'What `markAsRead` takes to mark it read.' }),
    readableIdentifier: t.exposeString('readable_identifier', { nullable: true, description: 'A readable key for the item, e.g. `todo_123`.' }),
    title: t.exposeString('title', { nullable: true }),
    type: t.exposeString('type', { nullable: true, description: 'What kind of thing it is about, e.g. `Recording`.' }),
    bucketName: t.exposeString('bucket_name', { nullable: true, description: 'The project\'s name.' }),
    creator: t.field({
      type: Person,
      nullable: true,
      description: 'Who caused it. Embedded in full: no extra call.',
      extensions: embedded(),
      resolve: (notification) => notification.creator ?? null,
    }),
    contentExcerpt: t.exposeString('content_excerpt', { nullable: true, description: 'The start of the text, plain.' }),
    appUrl: t.exposeString('app_url', { nullable: true }),
    unreadUrl: t.exposeString('unread_url', { nullable: true }),
    bookmarkUrl: t.exposeString('bookmark_url', { nullable: true }),
    memoryUrl: t.exposeString('memory_url', { nullable: true, description: 'Set only on items that can be kept for later.' }),
    bubbleUpUrl: t.exposeString('bubble_up_url', { nullable: true, description: 'Set only on items that can bubble up.' }),
    bubbleUpAt: t.expose('bubble_up_at', { type: 'DateTime', nullable: true, description: 'When a scheduled bubble-up resurfaces.' }),
    subscriptionUrl: t.exposeString('subscription_url', { nullable: true }),
    subscribed: t.exposeBoolean('subscribed', { nullable: true, description: 'Whether the person follows what it is about.' }),
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
    named: t.exposeBoolean('named', { nullable: true, description: 'On pings: whether it has its own name.' }),
    imageUrl: t.exposeString('image_url', { nullable: true, description: 'On pings: its own picture.' }),
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
