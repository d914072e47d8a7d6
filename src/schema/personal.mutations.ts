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
import { mutation } from './mutation.ts';
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

mutation('renameAccount', {
  description: 'Renames the account. Only its owner may.',
  uses: ['UpdateAccountName'],
  input: (t) => ({ name: t.string({ required: true, description: 'The new name; cannot be blank.' }) }),
  resolve: (input, ctx) => renameAccount(ctx, input),
  payload: { account: { type: Account, description: 'The account as it is now.' } },
});

mutation('updateAccountLogo', {
  description: 'Uploads or replaces the account\'s logo. Owners and admins only.',
  uses: ['UpdateAccountLogo', 'GetAccount'],
  inputDescription: 'A new logo, sent as a GraphQL multipart request.',
  input: (t) => ({ file: t.field({ type: 'File', required: true, description: 'PNG, JPEG, GIF, WebP, AVIF or HEIC, at most 5 MB.' }) }),
  resolve: (input, ctx) => updateAccountLogo(ctx, input),
  payload: { account: { type: Account, description: 'The account as it is now.' } },
});

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

mutation('updateMyProfile', {
  description: 'Edits the current person\'s own profile.',
  uses: ['UpdateMyProfile', 'GetMyProfile'],
  inputDescription: 'Changes to the current person\'s profile: fields left out keep their value, null clears title, bio or location.',
  input: (t) => ({
    name: t.string({ description: 'Display name; cannot be blank.' }),
    emailAddress: t.string({ description: 'Must not belong to someone else in the account.' }),
    title: t.string({ description: 'Job title.' }),
    bio: t.string({ description: 'A short line about them.' }),
    location: t.string(),
    timeZoneName: t.string({ description: 'A time zone, e.g. `America/Chicago` or `London`.' }),
    firstWeekDay: t.field({ type: WeekDay }),
    timeFormat: t.field({ type: TimeFormat }),
  }),
  resolve: (input, ctx) => updateMyProfile(ctx, input),
  payload: { person: { type: Person, description: 'The profile as it is now.' } },
});

mutation('updateMyPreferences', {
  description: 'Sets how the current person sees dates and times.',
  uses: ['UpdateMyPreferences'],
  inputDescription: 'Changes to date and time preferences; fields left out keep their value.',
  input: (t) => ({
    timeZoneName: t.string({ description: 'A time zone, e.g. `America/Chicago` or `London`.' }),
    firstWeekDay: t.field({ type: WeekDay }),
    timeFormat: t.field({ type: TimeFormat }),
  }),
  resolve: (input, ctx) => updateMyPreferences(ctx, input),
  payload: { preferences: { type: Preferences, description: 'The preferences as they are now.' } },
});

mutation('updateMyNote', {
  description: 'Replaces the current person\'s private note, creating it on first save.',
  uses: ['UpdateMyNote'],
  input: (t) => ({ content: t.string({ required: true, description: 'The whole new text, as rich text (HTML); cannot be blank.' }) }),
  resolve: (input, ctx) => updateMyNote(ctx, input),
  payload: { note: { type: MyNote, description: 'The note as saved.' } },
});

// --- out of office ---------------------------------------------------------------------------

mutation('enableOutOfOffice', {
  description: 'Sets or replaces a person\'s out of office.',
  uses: ['EnableOutOfOffice'],
  input: (t) => ({
    personId: t.id({ required: true, description: 'Whose; anyone but yourself needs an admin.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'The first day away.' }),
    endDate: t.field({ type: 'Date', required: true, description: 'The last day away; not before `startDate`.' }),
  }),
  resolve: (input, ctx) => enableOutOfOffice(ctx, input),
  payload: { outOfOffice: { type: OutOfOffice, description: 'The absence as set.' } },
});

mutation('disableOutOfOffice', {
  description: 'Turns a person\'s out of office off (a no-op when it already is).',
  uses: ['DisableOutOfOffice', 'GetOutOfOffice'],
  input: (t) => ({ personId: t.id({ required: true, description: 'Whose; anyone but yourself needs an admin.' }) }),
  resolve: (input, ctx) => disableOutOfOffice(ctx, input.personId),
  payload: { outOfOffice: { type: OutOfOffice, description: 'The out of office, now off.' } },
});

// --- Lineup markers --------------------------------------------------------------------------

mutation('createLineupMarker', {
  description: 'Adds a marker to the account\'s Lineup.',
  uses: ['CreateLineupMarker', 'ListLineupMarkers'],
  input: (t) => ({
    name: t.string({ required: true, description: 'What the date marks; cannot be blank.' }),
    date: t.field({ type: 'Date', required: true }),
  }),
  resolve: (input, ctx) => createLineupMarker(ctx, input),
  payload: { lineupMarker: { type: LineupMarker, description: 'The new marker.' } },
});

mutation('updateLineupMarker', {
  description: 'Renames or moves a Lineup marker.',
  uses: ['UpdateLineupMarker', 'ListLineupMarkers'],
  inputDescription: 'Changes to a marker: fields left out keep their value.',
  input: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ description: 'Cannot be blank.' }),
    date: t.field({ type: 'Date' }),
  }),
  resolve: (input, ctx) => updateLineupMarker(ctx, input),
  payload: { lineupMarker: { type: LineupMarker, description: 'The marker as it is now.' } },
});

mutation('deleteLineupMarker', {
  description: 'Deletes a Lineup marker for good.',
  uses: ['DeleteLineupMarker'],
  input: (t) => ({ id: t.id({ required: true }) }),
  resolve: (input, ctx) => deleteLineupMarker(ctx, input.id),
  payload: (t) => ({
    deletedId: t.id({ description: 'The global id of the deleted marker, for client caches.', resolve: (id, _args, ctx) => encodeGlobalId('LineupMarker', ctx.accountId, id) }),
  }),
});

// --- Up Next ---------------------------------------------------------------------------------


mutation('prioritizeAssignment', {
  description: 'Adds one of the current person\'s assignments to the end of Up Next (a no-op when it is there).',
  uses: ['PrioritizeAssignment', 'GetMyAssignments'],
  input: (t) => ({ recordingId: t.id({ required: true, description: 'The assignment (its recording id, or `priorityRecordingId` for a card step).' }) }),
  resolve: (input, ctx) => prioritizeAssignment(ctx, input.recordingId),
  payload: { myAssignments: { type: MyAssignments, description: 'The current person\'s open assignments, Up Next included, as they are now.' } },
});

mutation('deprioritizeAssignment', {
  description: 'Takes an assignment off Up Next (a no-op when it is not there).',
  uses: ['DeprioritizeAssignment', 'GetMyAssignments'],
  input: (t) => ({ recordingId: t.id({ required: true, description: 'The `priorityRecordingId` of the Up Next item.' }) }),
  resolve: (input, ctx) => deprioritizeAssignment(ctx, input.recordingId),
  payload: { myAssignments: { type: MyAssignments, description: 'The current person\'s open assignments, Up Next included, as they are now.' } },
});

mutation('reorderUpNext', {
  description: 'Moves an Up Next item to another position.',
  uses: ['ReorderUpNext', 'GetMyAssignments'],
  input: (t) => ({
    recordingId: t.id({ required: true, description: 'An item already in Up Next.' }),
    position: t.int({ required: true, description: 'Where to put it, counting from 1.' }),
  }),
  resolve: (input, ctx) => reorderUpNext(ctx, input),
  payload: { myAssignments: { type: MyAssignments, description: 'The current person\'s open assignments, Up Next included, as they are now.' } },
});

// --- bookmarks and notifications -------------------------------------------------------------

mutation('createBookmark', {
  description: 'Bookmarks a recording for the current person (bookmarking twice keeps one bookmark).',
  uses: ['CreateBookmark'],
  input: (t) => ({ recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }),
  resolve: (input, ctx) => createBookmark(ctx, input.recordingId),
  payload: { bookmark: { type: Bookmark, description: 'The bookmark.' } },
});

mutation('deleteBookmark', {
  description: 'Removes the current person\'s bookmark from a recording (a no-op when there is none).',
  uses: ['DeleteBookmark'],
  input: (t) => ({ recordingId: t.id({ required: true, description: 'A global id of any recording, or its Basecamp id.' }) }),
  resolve: (input, ctx) => deleteBookmark(ctx, input.recordingId),
  payload: (t) => ({ recordingBasecampId: t.id({ description: 'The Basecamp id of the recording no longer bookmarked.', resolve: (id) => id }) }),
});

mutation('markAsRead', {
  description: 'Marks notifications read.',
  uses: ['MarkAsRead', 'GetMyNotifications'],
  input: (t) => ({ readables: t.stringList({ required: true, description: 'The `readableSgid`s of the notifications to mark read.' }) }),
  resolve: (input, ctx) => markAsRead(ctx, input.readables),
  payload: { notifications: { type: NotificationInbox, description: 'The Hey! menu as it is now (first page).' } },
});

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

mutation('updateProjectAccess', {
  description: 'Grants or revokes access to a project, inviting new people as needed.',
  uses: ['UpdateProjectAccess'],
  inputDescription: 'Who to add to or remove from a project; give at least one.',
  input: (t) => ({
    projectId: t.id({ required: true }),
    grant: t.idList({ description: 'People already in the account to add.' }),
    revoke: t.idList({ description: 'People to remove.' }),
    create: t.field({ type: [NewPerson], description: 'New people to invite to the account and the project.' }),
  }),
  resolve: (input, ctx) => updateProjectAccess(ctx, input),
  payload: (t) => ({
    granted: t.field({ type: [Person], description: 'Who was given access (embedded in full).', resolve: (result) => result.granted ?? [] }),
    revoked: t.field({ type: [Person], description: 'Who lost access.', resolve: (result) => result.revoked ?? [] }),
    project: t.field({ type: Project, nullable: true, description: 'The project, read again.', resolve: (result) => result.projectId }),
  }),
});

for (const [name, status, operation, description] of [
  ['archiveProject', 'archived', 'ArchiveProject', 'Archives a project: kept, but out of the active list.'],
  ['unarchiveProject', 'active', 'UnarchiveProject', 'Makes an archived or trashed project active again.'],
] as const) {
  mutation(name, {
    description,
    uses: [operation, 'GetProject'],
    input: (t) => ({ id: t.id({ required: true, description: 'The project, by global id or Basecamp id.' }) }),
    resolve: (input, ctx) => setProjectStatus(ctx, input.id, status),
    payload: (t) => ({ project: t.field({ type: Project, nullable: true, description: 'The project as it is now.', resolve: (id) => id }) }),
  });
}
