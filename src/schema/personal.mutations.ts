import type * as Wire from '../client/wire-types.ts';
import { encodeGlobalId } from '../resolvers/global-id.ts';
import {
  createBookmark,
  createLineupMarker,
  deleteBookmark,
  deleteLineupMarker,
  deprioritizeAssignment,
  disableOutOfOffice,
  enableOutOfOffice,
  markAsRead,
  prioritizeAssignment,
  removeAccountLogo,
  updateAccountLogo,
  renameAccount,
  reorderUpNext,
  setProjectStatus,
  updateLineupMarker,
  updateMyNote,
  updateMyPreferences,
  updateMyProfile,
  updateProjectAccess,
} from '../resolvers/personal.ts';
import { builder } from './builder.ts';
import { uses } from './coverage.ts';
import { Person } from './people.ts';
import { Account, Bookmark, LineupMarker, MyAssignments, MyNote, NotificationInbox, OutOfOffice, Preferences } from './personal.ts';
import { Project } from './projects.ts';

const WeekDay = builder.enumType('WeekDay', {
  description: 'A day of the week, for where calendars start.',
  values: {
    SUNDAY: { value: 'Sunday' },
    MONDAY: { value: 'Monday' },
    TUESDAY: { value: 'Tuesday' },
    WEDNESDAY: { value: 'Wednesday' },
    THURSDAY: { value: 'Thursday' },
    FRIDAY: { value: 'Friday' },
    SATURDAY: { value: 'Saturday' },
  } as const,
});

const TimeFormat = builder.enumType('TimeFormat', {
  description: 'How times of day are written.',
  values: {
    TWELVE_HOUR: { value: 'twelve_hour', description: 'e.g. 2:30pm.' },
    TWENTY_FOUR_HOUR: { value: 'twenty_four_hour', description: 'e.g. 14:30.' },
  } as const,
});

// --- account ---------------------------------------------------------------------------------

builder.relayMutationField(
  'renameAccount',
  { inputFields: (t) => ({ name: t.string({ required: true, description: 'The new name; cannot be blank.' }) }) },
  {
    description: 'Renames the account. Only its owner may.',
    extensions: uses('UpdateAccountName'),
    resolve: (_root, { input }, ctx) => renameAccount(ctx, input),
  },
  { outputFields: (t) => ({ account: t.field({ type: Account, description: 'The account as it is now.', resolve: (account) => account }) }) },
);

builder.relayMutationField(
  'updateAccountLogo',
  {
    description: 'A new logo, sent as a GraphQL multipart request.',
    inputFields: (t) => ({ file: t.field({ type: 'File', required: true, description: 'PNG, JPEG, GIF, WebP, AVIF or HEIC, at most 5 MB.' }) }),
  },
  {
    description: 'Uploads or replaces the account\'s logo. Owners and admins only.',
    extensions: uses('UpdateAccountLogo', 'GetAccount'),
    resolve: (_root, { input }, ctx) => updateAccountLogo(ctx, input),
  },
  { outputFields: (t) => ({ account: t.field({ type: Account, description: 'The account as it is now.', resolve: (account) => account }) }) },
);

// Removing the logo needs no input, and GraphQL input objects cannot be empty: a plain field.
const RemoveAccountLogoPayload = builder.objectRef<Wire.Account>('RemoveAccountLogoPayload').implement({
  description: 'The account after its logo was removed.',
  fields: (t) => ({ account: t.field({ type: Account, description: 'The account, now without a logo.', resolve: (account) => account }) }),
});

builder.mutationField('removeAccountLogo', (t) =>
  t.field({
    type: RemoveAccountLogoPayload,
    nullable: true,
    description: 'Removes the account\'s custom logo. Owners and admins only.',
    extensions: uses('RemoveAccountLogo', 'GetAccount'),
    resolve: (_root, _args, ctx) => removeAccountLogo(ctx),
  }),
);

// --- me --------------------------------------------------------------------------------------

builder.relayMutationField(
  'updateMyProfile',
  {
    description: 'Changes to the current person\'s profile: fields left out keep their value, null clears title, bio or location.',
    inputFields: (t) => ({
      name: t.string({ description: 'Display name; cannot be blank.' }),
      emailAddress: t.string({ description: 'Must not belong to someone else in the account.' }),
      title: t.string({ description: 'Job title.' }),
      bio: t.string({ description: 'A short line about them.' }),
      location: t.string(),
      timeZoneName: t.string({ description: 'A time zone, e.g. `America/Chicago` or `London`.' }),
      firstWeekDay: t.field({ type: WeekDay }),
      timeFormat: t.field({ type: TimeFormat }),
    }),
  },
  {
    description: 'Edits the current person\'s own profile.',
    extensions: uses('UpdateMyProfile', 'GetMyProfile'),
    resolve: (_root, { input }, ctx) => updateMyProfile(ctx, input),
  },
  { outputFields: (t) => ({ person: t.field({ type: Person, description: 'The profile as it is now.', resolve: (person) => person }) }) },
);

builder.relayMutationField(
  'updateMyPreferences',
  {
    description: 'Changes to date and time preferences; fields left out keep their value.',
    inputFields: (t) => ({
      timeZoneName: t.string({ description: 'A time zone, e.g. `America/Chicago` or `London`.' }),
      firstWeekDay: t.field({ type: WeekDay }),
      timeFormat: t.field({ type: TimeFormat }),
    }),
  },
  {
    description: 'Sets how the current person sees dates and times.',
    extensions: uses('UpdateMyPreferences'),
    resolve: (_root, { input }, ctx) => updateMyPreferences(ctx, input),
  },
  {
    outputFields: (t) => ({
      preferences: t.field({ type: Preferences, description: 'The preferences as they are now.', resolve: (preferences) => preferences }),
    }),
  },
);

builder.relayMutationField(
  'updateMyNote',
  { inputFields: (t) => ({ content: t.string({ required: true, description: 'The whole new text, as rich text (HTML); cannot be blank.' }) }) },
  {
    description: 'Replaces the current person\'s private note, creating it on first save.',
    extensions: uses('UpdateMyNote'),
    resolve: (_root, { input }, ctx) => updateMyNote(ctx, input),
  },
  { outputFields: (t) => ({ note: t.field({ type: MyNote, description: 'The note as saved.', resolve: (note) => note }) }) },
);

// --- out of office ---------------------------------------------------------------------------

builder.relayMutationField(
  'enableOutOfOffice',
  {
    inputFields: (t) => ({
      personId: t.id({ required: true, description: 'Whose; anyone but yourself needs an admin.' }),
      startDate: t.field({ type: 'Date', required: true, description: 'The first day away.' }),
      endDate: t.field({ type: 'Date', required: true, description: 'The last day away; not before `startDate`.' }),
    }),
  },
  {
    description: 'Sets or replaces a person\'s out of office.',
    extensions: uses('EnableOutOfOffice'),
    resolve: (_root, { input }, ctx) => enableOutOfOffice(ctx, input),
  },
  { outputFields: (t) => ({ outOfOffice: t.field({ type: OutOfOffice, description: 'The absence as set.', resolve: (ooo) => ooo }) }) },
);

builder.relayMutationField(
  'disableOutOfOffice',
  { inputFields: (t) => ({ personId: t.id({ required: true, description: 'Whose; anyone but yourself needs an admin.' }) }) },
  {
    description: 'Turns a person\'s out of office off (a no-op when it already is).',
    extensions: uses('DisableOutOfOffice', 'GetOutOfOffice'),
    resolve: (_root, { input }, ctx) => disableOutOfOffice(ctx, input.personId),
  },
  { outputFields: (t) => ({ outOfOffice: t.field({ type: OutOfOffice, description: 'The out of office, now off.', resolve: (ooo) => ooo }) }) },
);

// --- Lineup markers --------------------------------------------------------------------------

builder.relayMutationField(
  'createLineupMarker',
  {
    inputFields: (t) => ({
      name: t.string({ required: true, description: 'What the date marks; cannot be blank.' }),
      date: t.field({ type: 'Date', required: true }),
    }),
  },
  {
    description: 'Adds a marker to the account\'s Lineup.',
    extensions: uses('CreateLineupMarker', 'ListLineupMarkers'),
    resolve: (_root, { input }, ctx) => createLineupMarker(ctx, input),
  },
  { outputFields: (t) => ({ lineupMarker: t.field({ type: LineupMarker, description: 'The new marker.', resolve: (marker) => marker }) }) },
);

builder.relayMutationField(
  'updateLineupMarker',
  {
    description: 'Changes to a marker: fields left out keep their value.',
    inputFields: (t) => ({
      id: t.id({ required: true }),
      name: t.string({ description: 'Cannot be blank.' }),
      date: t.field({ type: 'Date' }),
    }),
  },
  {
    description: 'Renames or moves a Lineup marker.',
    extensions: uses('UpdateLineupMarker', 'ListLineupMarkers'),
    resolve: (_root, { input }, ctx) => updateLineupMarker(ctx, input),
  },
  { outputFields: (t) => ({ lineupMarker: t.field({ type: LineupMarker, description: 'The marker as it is now.', resolve: (marker) => marker }) }) },
);

builder.relayMutationField(
  'deleteLineupMarker',
  { inputFields: (t) => ({ id: t.id({ required: true }) }) },
  {
    description: 'Deletes a Lineup marker for good.',
    extensions: uses('DeleteLineupMarker'),
    resolve: (_root, { input }, ctx) => deleteLineupMarker(ctx, input.id),
  },
  {
    outputFields: (t) => ({
      deletedId: t.id({ description: 'The global id of the deleted marker, for client caches.', resolve: (id, _args, ctx) => encodeGlobalId('LineupMarker', ctx.accountId, id) }),
    }),
  },
);

// --- Up Next ---------------------------------------------------------------------------------


builder.relayMutationField(
  'prioritizeAssignment',
  { inputFields: (t) => ({ recordingId: t.id({ required: true, description: 'The assignment (its recording id, or `priorityRecordingId` for a card step).' }) }) },
  {
    description: 'Adds one of the current person\'s assignments to the end of Up Next (a no-op when it is there).',
    extensions: uses('PrioritizeAssignment', 'GetMyAssignments'),
    resolve: (_root, { input }, ctx) => prioritizeAssignment(ctx, input.recordingId),
  },
  { outputFields: (t) => ({ myAssignments: t.field({ type: MyAssignments, description: 'The current person\'s open assignments, Up Next included, as they are now.', resolve: (all) => all }) }) },
);

builder.relayMutationField(
  'deprioritizeAssignment',
  { inputFields: (t) => ({ recordingId: t.id({ required: true, description: 'The `priorityRecordingId` of the Up Next item.' }) }) },
  {
    description: 'Takes an assignment off Up Next (a no-op when it is not there).',
    extensions: uses('DeprioritizeAssignment', 'GetMyAssignments'),
    resolve: (_root, { input }, ctx) => deprioritizeAssignment(ctx, input.recordingId),
  },
  { outputFields: (t) => ({ myAssignments: t.field({ type: MyAssignments, description: 'The current person\'s open assignments, Up Next included, as they are now.', resolve: (all) => all }) }) },
);

builder.relayMutationField(
  'reorderUpNext',
  {
    inputFields: (t) => ({
      recordingId: t.id({ required: true, description: 'An item already in Up Next.' }),
      position: t.int({ required: true, description: 'Where to put it, counting from 1.' }),
    }),
  },
  {
    description: 'Moves an Up Next item to another position.',
    extensions: uses('ReorderUpNext', 'GetMyAssignments'),
    resolve: (_root, { input }, ctx) => reorderUpNext(ctx, input),
  },
  { outputFields: (t) => ({ myAssignments: t.field({ type: MyAssignments, description: 'The current person\'s open assignments, Up Next included, as they are now.', resolve: (all) => all }) }) },
);

// --- bookmarks and notifications -------------------------------------------------------------

builder.relayMutationField(
  'createBookmark',
  { inputFields: (t) => ({ recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }) },
  {
    description: 'Bookmarks a recording for the current person (bookmarking twice keeps one bookmark).',
    extensions: uses('CreateBookmark'),
    resolve: (_root, { input }, ctx) => createBookmark(ctx, input.recordingId),
  },
  { outputFields: (t) => ({ bookmark: t.field({ type: Bookmark, description: 'The bookmark.', resolve: (bookmark) => bookmark }) }) },
);

builder.relayMutationField(
  'deleteBookmark',
  { inputFields: (t) => ({ recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }) },
  {
    description: 'Removes the current person\'s bookmark from a recording (a no-op when there is none).',
    extensions: uses('DeleteBookmark'),
    resolve: (_root, { input }, ctx) => deleteBookmark(ctx, input.recordingId),
  },
  { outputFields: (t) => ({ recordingBasecampId: t.id({ description: 'The Basecamp id of the recording no longer bookmarked.', resolve: (id) => id }) }) },
);

builder.relayMutationField(
  'markAsRead',
  { inputFields: (t) => ({ readables: t.stringList({ required: true, description: 'The `readableSgid`s of the notifications to mark read.' }) }) },
  {
    description: 'Marks notifications read.',
    extensions: uses('MarkAsRead', 'GetMyNotifications'),
    resolve: (_root, { input }, ctx) => markAsRead(ctx, input.readables),
  },
  { outputFields: (t) => ({ notifications: t.field({ type: NotificationInbox, description: 'The Hey! menu as it is now (first page).', resolve: (inbox) => inbox }) }) },
);

// --- projects --------------------------------------------------------------------------------

const NewPerson = builder.inputType('NewPersonInput', {
  description: 'Someone to invite by email.',
  fields: (t) => ({
    name: t.string({ required: true }),
    emailAddress: t.string({ required: true }),
    title: t.string({ description: 'Job title.' }),
    companyName: t.string({ description: 'Their company; the account\'s own when left out.' }),
  }),
});

builder.relayMutationField(
  'updateProjectAccess',
  {
    description: 'Who to add to or remove from a project; give at least one.',
    inputFields: (t) => ({
      projectId: t.id({ required: true }),
      grant: t.idList({ description: 'People already in the account to add.' }),
      revoke: t.idList({ description: 'People to remove.' }),
      create: t.field({ type: [NewPerson], description: 'New people to invite to the account and the project.' }),
    }),
  },
  {
    description: 'Grants or revokes access to a project, inviting new people as needed.',
    extensions: uses('UpdateProjectAccess'),
    resolve: (_root, { input }, ctx) => updateProjectAccess(ctx, input),
  },
  {
    outputFields: (t) => ({
      granted: t.field({ type: [Person], description: 'Who was given access (embedded in full).', resolve: (result) => result.granted ?? [] }),
      revoked: t.field({ type: [Person], description: 'Who lost access.', resolve: (result) => result.revoked ?? [] }),
      project: t.field({ type: Project, nullable: true, description: 'The project, read again.', resolve: (result) => result.projectId }),
    }),
  },
);

for (const [name, status, operation, description] of [
  ['archiveProject', 'archived', 'ArchiveProject', 'Archives a project: kept, but out of the active list.'],
  ['unarchiveProject', 'active', 'UnarchiveProject', 'Makes an archived or trashed project active again.'],
] as const) {
  builder.relayMutationField(
    name,
    { inputFields: (t) => ({ id: t.id({ required: true, description: 'The project, by global id or Basecamp id.' }) }) },
    {
      description,
      extensions: uses(operation, 'GetProject'),
      resolve: (_root, { input }, ctx) => setProjectStatus(ctx, input.id, status),
    },
    { outputFields: (t) => ({ project: t.field({ type: Project, nullable: true, description: 'The project as it is now.', resolve: (id) => id }) }) },
  );
}
