import { UpstreamError } from '../client/errors.ts';
import type { BasecampId } from '../client/types.ts';
import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { paginate, type ConnectionArgs } from './connection.ts';
import { parseGlobalId, toBasecampId } from './global-id.ts';
import { checkFile, inputError, nonBlankText, requiredText } from './input.ts';
import { fetchEach } from './loaders.ts';
import { withBody } from './writes.ts';

/**
 * The account and the current person's own things: preferences, out of office, Lineup markers,
 * assignments and Up Next, bookmarks, drafts, the note, notifications; plus project access and
 * archiving. Plain functions of `(ctx, input)`; every body is mapped field by field.
 */

/** The spec's out of office, with the keys the docs show as null when it is off. */
export type OutOfOfficeRecord = Wire.OutOfOffice & { start_date?: string | null; end_date?: string | null };

/** An assignment as the spec has it; `children` are the same shape (card steps). */
export type AssignmentRecord = Wire.MyAssignment;

/** A notification plus the keys the docs list but the spec does not. */
export type NotificationRecord = Wire.Notification;

/** A person embedded in full, or as the minimal `{ id, name, avatar_url }`. */
type PersonStub = { id: BasecampId };

// --- account ---------------------------------------------------------------------------------

/** `GET /account.json`, once per request whatever the ids; an id of another account is an error for that key. */
export async function fetchAccounts(ctx: Context, ids: readonly string[]): Promise<(Wire.Account | Error)[]> {
  const account = await call(ctx, 'GetAccount', {}).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  return ids.map((id) => (account instanceof Error || account.id === id ? account : new UpstreamError('NOT_FOUND', `No account ${id} behind this token.`)));
}

export function fetchAccount(ctx: Context) {
  return call(ctx, 'GetAccount', {});
}

/** `PUT /account/name.json` (owners only); Basecamp answers 400 for a blank name, checked first. */
export function renameAccount(ctx: Context, input: { name: string }) {
  return withBody(call(ctx, 'UpdateAccountName', {}, { body: { name: requiredText(input.name, 'name') } }));
}

/** Basecamp refuses logos over 5 MB (docs: account.md, "Update account logo"). */
export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
const LOGO_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/heic']);

/** `PUT /account/logo.json` as a multipart form with a `logo` part (admins and owners); the account is read back. */
export async function updateAccountLogo(ctx: Context, input: { file: File }) {
  if (!LOGO_TYPES.has(input.file.type)) throw inputError('file', `must be a PNG, JPEG, GIF, WebP, AVIF or HEIC image, got "${input.file.type || 'no type'}"`);
  const file = checkFile(input.file, 'file', MAX_LOGO_BYTES);
  const form = new FormData();
  // Copied into a Blob of this runtime: the server's File may come from another fetch implementation.
  form.set('logo', new Blob([await file.arrayBuffer()], { type: file.type }), file.name || 'logo');
  await call(ctx, 'UpdateAccountLogo', {}, { body: form });
  return fetchAccount(ctx);
}

/** `DELETE /account/logo.json` (204); the account is read back. */
export async function removeAccountLogo(ctx: Context) {
  await call(ctx, 'RemoveAccountLogo', {});
  return fetchAccount(ctx);
}

// --- me: profile and preferences ---------------------------------------------------------------

export type WeekDay = Wire.FirstWeekDay;
export type TimeFormat = 'twelve_hour' | 'twenty_four_hour';

export interface ProfileInput {
  name?: string | null;
  emailAddress?: string | null;
  title?: string | null;
  bio?: string | null;
  location?: string | null;
  timeZoneName?: string | null;
  firstWeekDay?: WeekDay | null;
  timeFormat?: TimeFormat | null;
}

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * `PUT /my/profile.json` (204), then the profile read back. Keys left out are not sent, so they
 * keep their value (the endpoint patches); null clears the free-text ones.
 */
export async function updateMyProfile(ctx: Context, input: ProfileInput) {
  const email = input.emailAddress === undefined ? undefined : nonBlankText(input.emailAddress, 'emailAddress');
  if (email !== undefined && !EMAIL.test(email.trim())) throw inputError('emailAddress', 'is invalid');
  const body = {
    name: nonBlankText(input.name, 'name'),
    email_address: email,
    title: input.title,
    bio: input.bio,
    location: input.location,
    time_zone_name: input.timeZoneName ?? undefined,
    first_week_day: input.firstWeekDay ?? undefined,
    time_format: input.timeFormat ?? undefined,
  };
  if (Object.values(body).every((value) => value === undefined)) throw inputError('input', 'must change at least one field');
  await call(ctx, 'UpdateMyProfile', {}, { body });
  return call(ctx, 'GetMyProfile', {});
}

export function fetchMyPreferences(ctx: Context) {
  return call(ctx, 'GetMyPreferences', {});
}

/** `PUT /my/preferences.json` with the documented `person` envelope; only given keys are sent. */
export function updateMyPreferences(ctx: Context, input: { timeZoneName?: string | null; firstWeekDay?: WeekDay | null; timeFormat?: TimeFormat | null }) {
  const person = {
    time_zone_name: input.timeZoneName == null ? undefined : nonBlankText(input.timeZoneName, 'timeZoneName'),
    first_week_day: input.firstWeekDay ?? undefined,
    time_format: input.timeFormat ?? undefined,
  };
  if (Object.values(person).every((value) => value === undefined)) throw inputError('input', 'must change at least one preference');
  return withBody(call(ctx, 'UpdateMyPreferences', {}, { body: { person } }));
}

/** `GET /circles/people.json`: everyone who can be pinged (not paged today; followed if it ever is). */
export function listPingablePeople(ctx: Context, args: ConnectionArgs) {
  return paginate(ctx, 'ListPingablePeople', {}, {}, args);
}

// --- out of office ---------------------------------------------------------------------------

export const fetchOutOfOffices = (ctx: Context, ids: readonly string[]) =>
  fetchEach(ctx, ids, 'GetOutOfOffice', (personId) => ({ personId }));

/** `POST /people/{id}/out_of_office.json`: enables or replaces it. The dates must not run backwards. */
export function enableOutOfOffice(ctx: Context, input: { personId: string; startDate: string; endDate: string }) {
  const personId = toBasecampId(input.personId, ctx.accountId, ['Person']);
  if (input.startDate > input.endDate) throw inputError('startDate', `must not be after endDate (${input.endDate})`);
  return withBody(call(ctx, 'EnableOutOfOffice', { personId }, { body: {
    out_of_office: { start_date: input.startDate, end_date: input.endDate },
  } }));
}

/** `DELETE /people/{id}/out_of_office.json` (204, also when already off); read back. */
export async function disableOutOfOffice(ctx: Context, personIdInput: string) {
  const personId = toBasecampId(personIdInput, ctx.accountId, ['Person']);
  await call(ctx, 'DisableOutOfOffice', { personId });
  return call(ctx, 'GetOutOfOffice', { personId });
}

// --- Lineup markers --------------------------------------------------------------------------

export function listLineupMarkers(ctx: Context) {
  return call(ctx, 'ListLineupMarkers', {});
}

/** Basecamp has no GET for one marker: the (small, unpaginated) list answers every id at once. */
export async function fetchLineupMarkers(ctx: Context, ids: readonly string[]): Promise<(Wire.LineupMarker | Error)[]> {
  const markers = await listLineupMarkers(ctx).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
  if (markers instanceof Error) return ids.map(() => markers);
  const byId = new Map(markers.map((marker) => [marker.id, marker]));
  return ids.map((id) => byId.get(id) ?? new UpstreamError('NOT_FOUND', `No Lineup marker ${id}.`));
}

/**
 * `POST /lineup/markers.json` answers 201 with no body, so the new marker is found in the list
 * afterwards: the newest one with this name and date.
 */
export async function createLineupMarker(ctx: Context, input: { name: string; date: string }) {
  const name = requiredText(input.name, 'name').trim();
  await call(ctx, 'CreateLineupMarker', {}, { body: { name, date: input.date } });
  const found = (await listLineupMarkers(ctx))
    .filter((marker) => marker.name === name && marker.date === input.date)
    .sort((a, b) => b.created_at.localeCompare(a.created_at))[0];
  if (!found) throw new UpstreamError('UPSTREAM_ERROR', 'Basecamp accepted the marker but does not list it.');
  return found;
}

/** `PUT /lineup/markers/{id}` (200, no body): only the given fields are sent; read back from the list. */
export async function updateLineupMarker(ctx: Context, input: { id: string; name?: string | null; date?: string | null }) {
  const id = toBasecampId(input.id, ctx.accountId, ['LineupMarker']);
  if (input.date === null) throw inputError('date', "can't be blank");
  const body = { name: nonBlankText(input.name, 'name'), date: input.date ?? undefined };
  if (body.name === undefined && body.date === undefined) throw inputError('input', 'must change the name or the date');
  // UpdateLineupMarker without the `.json` its table path (and the docs) have: kept as sent so far.
  await ctx.basecamp.put(`/lineup/markers/${id}`, body);
  const [marker] = await fetchLineupMarkers(ctx, [id]);
  if (!marker || marker instanceof Error) throw marker ?? new UpstreamError('NOT_FOUND', `No Lineup marker ${id}.`);
  return marker;
}

/** `DELETE /lineup/markers/{id}` (204): gone for good. */
export async function deleteLineupMarker(ctx: Context, markerId: string) {
  const id = toBasecampId(markerId, ctx.accountId, ['LineupMarker']);
  // DeleteLineupMarker without the `.json` its table path (and the docs) have: kept as sent so far.
  await ctx.basecamp.delete(`/lineup/markers/${id}`);
  return id;
}

// --- assignments and Up Next -----------------------------------------------------------------

export type DueScope = 'overdue' | 'due_today' | 'due_tomorrow' | 'due_later_this_week' | 'due_next_week' | 'due_later';

export function fetchMyAssignments(ctx: Context) {
  return call(ctx, 'GetMyAssignments', {});
}

export function fetchMyCompletedAssignments(ctx: Context) {
  return call(ctx, 'GetMyCompletedAssignments', {});
}

/** `overdue` is Basecamp's default, so it is not sent. */
export function fetchMyDueAssignments(ctx: Context, scope: DueScope | null | undefined) {
  return call(ctx, 'GetMyDueAssignments', {}, { query: { scope: scope && scope !== 'overdue' ? scope : undefined } });
}

/** The Basecamp type of an assignment's parent, by the assignment's own kind (cards sit in columns). */
export function assignmentParentType(assignment: AssignmentRecord): string | undefined {
  return ({ todo: 'Todolist', kanban_card: 'Kanban::Column', card: 'Kanban::Column' } as Record<string, string>)[assignment.type ?? ''];
}

/** The Basecamp type of the recording behind an assignment. */
export function assignmentRecordingType(assignment: AssignmentRecord): string | undefined {
  return ({ todo: 'Todo', kanban_card: 'Kanban::Card', card: 'Kanban::Card', kanban_step: 'Kanban::Step' } as Record<string, string>)[assignment.type ?? ''];
}

/** A recording id from a global id of any recording type, or a plain Basecamp id. */
function anyRecordingId(ctx: Context, id: string, field: string): BasecampId {
  if (/^\d+$/.test(id)) return id;
  const { typename } = parseGlobalId(id);
  if (typename === 'Project' || typename === 'Person') throw inputError(field, `must be the id of a recording, got the id of a ${typename}`);
  return toBasecampId(id, ctx.accountId, [typename]);
}

/** `POST /my/priorities.json` (204, idempotent); answers the assignments as they are now. */
export async function prioritizeAssignment(ctx: Context, recordingId: string) {
  await call(ctx, 'PrioritizeAssignment', {}, { body: { id: anyRecordingId(ctx, recordingId, 'recordingId') } });
  return fetchMyAssignments(ctx);
}

/** `DELETE /my/priorities/{id}` (204, idempotent). */
export async function deprioritizeAssignment(ctx: Context, recordingId: string) {
  // DeprioritizeAssignment without the `.json` its table path has: kept as sent so far.
  await ctx.basecamp.delete(`/my/priorities/${anyRecordingId(ctx, recordingId, 'recordingId')}`);
  return fetchMyAssignments(ctx);
}

/** `POST /my/priority_moves.json` (204): positions count from 1. */
export async function reorderUpNext(ctx: Context, input: { recordingId: string; position: number }) {
  if (!Number.isInteger(input.position) || input.position < 1) throw inputError('position', 'must be a whole number of at least 1');
  await call(ctx, 'ReorderUpNext', {}, { body: { source_id: anyRecordingId(ctx, input.recordingId, 'recordingId'), position: input.position } });
  return fetchMyAssignments(ctx);
}

// --- bookmarks, drafts, note ------------------------------------------------------------------

export function listMyBookmarks(ctx: Context, args: ConnectionArgs) {
  return paginate(ctx, 'ListMyBookmarks', {}, {}, args);
}

export const fetchBookmarkStatuses = (ctx: Context, ids: readonly string[]) =>
  fetchEach(ctx, ids, 'GetBookmark', (recordingId) => ({ recordingId }));

/** `POST /recordings/{id}/bookmark.json` (201, idempotent). */
export function createBookmark(ctx: Context, recordingId: string) {
  return withBody(call(ctx, 'CreateBookmark', { recordingId: anyRecordingId(ctx, recordingId, 'recordingId') }));
}

/** `DELETE /recordings/{id}/bookmark.json` (204, idempotent); answers the recording's id. */
export async function deleteBookmark(ctx: Context, recordingId: string) {
  const id = anyRecordingId(ctx, recordingId, 'recordingId');
  await call(ctx, 'DeleteBookmark', { recordingId: id });
  return id;
}

export function listMyDrafts(ctx: Context, args: ConnectionArgs) {
  return paginate(ctx, 'ListMyDrafts', {}, {}, args);
}

/** The dock tool type a draft of each kind is filed under. */
export function draftParentType(draft: Wire.Draft): string | undefined {
  return ({ message: 'Message::Board', document: 'Vault', upload: 'Vault' } as Record<string, string>)[draft.type];
}

export function fetchMyNote(ctx: Context) {
  return call(ctx, 'GetMyNote', {});
}

/** `PUT /my/notes.json` with the `note` envelope; Basecamp refuses blank content. */
export function updateMyNote(ctx: Context, input: { content: string }) {
  if (input.content.replace(/<[^>]*>/g, '').trim() === '') throw inputError('content', "can't be blank");
  return withBody(call(ctx, 'UpdateMyNote', {}, { body: { note: { content: input.content } } }));
}

// --- notifications ----------------------------------------------------------------------------

/** `GET /my/readings.json`: one page of reads (`page`, from 1) with the unreads and bubble-ups. */
export function fetchMyNotifications(ctx: Context, args: { page?: number | null; limitBubbleUps?: boolean | null }) {
  if (args.page != null && (!Number.isInteger(args.page) || args.page < 1)) throw inputError('page', 'must be a whole number of at least 1');
  return call(ctx, 'GetMyNotifications', {}, { query: {
    page: args.page && args.page > 1 ? String(args.page) : undefined,
    limit_bubble_ups: args.limitBubbleUps ? 'true' : undefined,
  } });
}

export function listMyBubbleUps(ctx: Context, args: ConnectionArgs) {
  return paginate(ctx, 'GetBubbleUps', {}, {}, args);
}

/** `PUT /my/unreads.json` (200, no body) with the notifications' `readable_sgid`s; answers the inbox. */
export async function markAsRead(ctx: Context, readables: readonly string[]) {
  if (readables.length === 0) throw inputError('readables', "can't be empty");
  if (readables.some((sgid) => sgid.trim() === '')) throw inputError('readables', "can't contain blanks");
  await call(ctx, 'MarkAsRead', {}, { body: { readables: [...readables] } });
  return fetchMyNotifications(ctx, {});
}

// --- projects: access and archiving -----------------------------------------------------------

export interface NewPersonInput {
  name: string;
  emailAddress: string;
  title?: string | null;
  companyName?: string | null;
}

/** `PUT /projects/{id}/people/users.json`: at least one of grant, revoke or create. */
export async function updateProjectAccess(
  ctx: Context,
  input: { projectId: string; grant?: readonly string[] | null; revoke?: readonly string[] | null; create?: readonly NewPersonInput[] | null },
) {
  const projectId = toBasecampId(input.projectId, ctx.accountId, ['Project']);
  const people = (ids: readonly string[] | null | undefined) => ids?.map((id) => toBasecampId(id, ctx.accountId, ['Person']));
  const create = input.create?.map((person, index) => {
    const email = requiredText(person.emailAddress, `create[${index}].emailAddress`).trim();
    if (!EMAIL.test(email)) throw inputError(`create[${index}].emailAddress`, 'is invalid');
    return {
      name: requiredText(person.name, `create[${index}].name`).trim(),
      email_address: email,
      title: person.title ?? undefined,
      company_name: person.companyName ?? undefined,
    };
  });
  const body = { grant: people(input.grant), revoke: people(input.revoke), create };
  if ((body.grant?.length ?? 0) + (body.revoke?.length ?? 0) + (create?.length ?? 0) === 0) {
    throw inputError('input', 'give at least one person to grant, revoke or create');
  }
  const overlap = body.grant?.find((id) => body.revoke?.includes(id));
  if (overlap) throw inputError('grant', `cannot also revoke person ${overlap}`);
  const result = await withBody(call(ctx, 'UpdateProjectAccess', { projectId }, { body }));
  return { projectId, granted: result.granted ?? [], revoked: result.revoked ?? [] };
}

/** `PUT /projects/{id}/status/{archived|active}.json` (204); the project is read back. */
export async function setProjectStatus(ctx: Context, projectIdInput: string, status: 'archived' | 'active') {
  const projectId = toBasecampId(projectIdInput, ctx.accountId, ['Project']);
  await call(ctx, status === 'archived' ? 'ArchiveProject' : 'UnarchiveProject', { projectId });
  return projectId;
}

export type { PersonStub };
