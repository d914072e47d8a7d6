import { canManageProject, canSeeProject, findProject } from '../access/visibility.ts';
import type { RequestContext } from '../context.ts';
import { param } from '../context.ts';
import { badRequest, forbidden, notFound, unprocessable } from '../protocol/errors.ts';
import { noContent, ok, type Reply } from '../reply.ts';
import { get, put, type Handler, type Route } from '../router.ts';
import { renderPerson } from '../shapes/person.ts';
import { renderPreferences } from '../shapes/personal.ts';
import type { Person, Project, Status } from '../state/records.ts';
import { personalOf, preferencesOf, type FirstWeekDay, type Preferences, type TimeFormat } from '../state/personal.ts';
import { FieldErrors } from './personal-support.ts';

/**
 * The writes of people.md (my profile, my preferences, project access) and the project status
 * endpoints of the spec (archive, unarchive). Account-wide: the people section serves them without
 * legacy bucket forms.
 */
export const peopleWrites: Route[] = [
  put('/my/profile.json', updateMyProfile),
  get('/my/preferences.json', getMyPreferences),
  put('/my/preferences.json', updateMyPreferences),
  put('/projects/:projectId/people/users.json', updateProjectAccess),
  put('/projects/:projectId/status/archived.json', changeProjectStatus('archived')),
  put('/projects/:projectId/status/active.json', changeProjectStatus('active')),
];

const WEEK_DAYS: readonly FirstWeekDay[] = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const TIME_FORMATS: readonly TimeFormat[] = ['twelve_hour', 'twenty_four_hour'];

/** Rails zone names Basecamp accepts besides IANA ones, mapped to the IANA zone kept in state. */
const RAILS_ZONES: Record<string, string> = {
  UTC: 'Etc/UTC',
  London: 'Europe/London',
  Paris: 'Europe/Paris',
  Berlin: 'Europe/Berlin',
  Tokyo: 'Asia/Tokyo',
  Sydney: 'Australia/Sydney',
  'Eastern Time (US & Canada)': 'America/New_York',
  'Central Time (US & Canada)': 'America/Chicago',
  'Mountain Time (US & Canada)': 'America/Denver',
  'Pacific Time (US & Canada)': 'America/Los_Angeles',
};

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/**
 * `PUT /my/profile.json`: every key optional; 204 on success, 422 for a blank name, a malformed
 * or taken email address, or an unknown zone, week day or time format.
 */
function updateMyProfile(ctx: RequestContext): Reply {
  const me = ctx.me;
  const body = ctx.body;
  const changes: Partial<Person> = {};
  if (body.name !== undefined) {
    if (typeof body.name !== 'string' || body.name.trim() === '') throw unprocessable("Name can't be blank");
    changes.name = body.name.trim();
  }
  if (body.email_address !== undefined) {
    const email = typeof body.email_address === 'string' ? body.email_address.trim() : '';
    if (!EMAIL.test(email)) throw unprocessable('Email address is invalid');
    const taken = [...ctx.state.people.values()].some((person) => person.id !== me.id && person.emailAddress.toLowerCase() === email.toLowerCase());
    if (taken) throw unprocessable('Email address has already been taken');
    changes.emailAddress = email;
  }
  for (const [key, field] of [['title', 'title'], ['bio', 'bio'], ['location', 'location']] as const) {
    const value = body[key];
    if (value === undefined) continue;
    if (value !== null && typeof value !== 'string') throw unprocessable(`${key[0]?.toUpperCase()}${key.slice(1)} must be text`);
    changes[field] = value === null || value.trim() === '' ? null : value;
  }
  const preferences = preferenceChanges(body, (field, message) => {
    throw unprocessable(`${humanise(field)} ${message}`);
  });
  const now = ctx.now();
  if (preferences.timeZone !== undefined) changes.timeZone = preferences.timeZone;
  Object.assign(me, changes, { updatedAt: Math.max(now, me.updatedAt) });
  savePreferences(ctx, preferences, now);
  ctx.state.account.updatedAt = Math.max(now, ctx.state.account.updatedAt);
  return noContent();
}

function getMyPreferences(ctx: RequestContext): Reply {
  const preferences = preferencesOf(personalOf(ctx.state), ctx.me.id);
  return ok(renderPreferences(ctx, ctx.me), Math.max(preferences.updatedAt, ctx.me.updatedAt));
}

/** `PUT /my/preferences.json` with `{ person: { … } }`; 422 keyed by field for unknown values. */
function updateMyPreferences(ctx: RequestContext): Reply {
  const payload = ctx.body.person;
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) throw badRequest('person is required');
  const errors: Record<string, string[]> = {};
  const preferences = preferenceChanges(payload as Record<string, unknown>, (field, message) => {
    errors[field] = [message];
  });
  if (Object.keys(errors).length > 0) throw new FieldErrors(errors);
  const now = ctx.now();
  if (preferences.timeZone !== undefined) {
    ctx.me.timeZone = preferences.timeZone;
    ctx.me.updatedAt = Math.max(now, ctx.me.updatedAt);
    ctx.state.account.updatedAt = Math.max(now, ctx.state.account.updatedAt);
  }
  savePreferences(ctx, preferences, now);
  return ok(renderPreferences(ctx, ctx.me));
}

interface PreferenceChanges {
  timeZone?: string;
  firstWeekDay?: FirstWeekDay;
  timeFormat?: TimeFormat;
}

/** Reads `time_zone_name`, `first_week_day` (a day name, or 0–6 from Sunday) and `time_format`. */
function preferenceChanges(body: Record<string, unknown>, reject: (field: string, message: string) => void): PreferenceChanges {
  const out: PreferenceChanges = {};
  const zone = body.time_zone_name;
  if (zone !== undefined) {
    const iana = typeof zone === 'string' ? ianaZone(zone) : undefined;
    if (iana) out.timeZone = iana;
    else reject('time_zone_name', 'is not included in the list');
  }
  const day = body.first_week_day;
  if (day !== undefined) {
    const found = typeof day === 'number' ? WEEK_DAYS[day] : WEEK_DAYS.find((name) => name === day);
    if (found) out.firstWeekDay = found;
    else reject('first_week_day', 'is not included in the list');
  }
  const format = body.time_format;
  if (format !== undefined) {
    if (TIME_FORMATS.includes(format as TimeFormat)) out.timeFormat = format as TimeFormat;
    else reject('time_format', 'is not included in the list');
  }
  return out;
}

function savePreferences(ctx: RequestContext, changes: PreferenceChanges, now: number): void {
  const personal = personalOf(ctx.state);
  const current = preferencesOf(personal, ctx.me.id);
  const next: Preferences = {
    firstWeekDay: changes.firstWeekDay ?? current.firstWeekDay,
    timeFormat: changes.timeFormat ?? current.timeFormat,
    updatedAt: Object.keys(changes).length > 0 ? now : current.updatedAt,
  };
  personal.preferences.set(ctx.me.id, next);
}

function ianaZone(name: string): string | undefined {
  const candidate = RAILS_ZONES[name] ?? name;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: candidate }).resolvedOptions().timeZone === '' ? undefined : candidate;
  } catch {
    return undefined;
  }
}

function humanise(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * `PUT /projects/{id}/people/users.json`: grant and revoke by id, or create people by name and
 * email (an email already in the account grants that person). Answers with who was granted and
 * who was revoked. Only those who may manage the project may change who is on it.
 */
function updateProjectAccess(ctx: RequestContext): Reply {
  const project = findProject(ctx, param(ctx, 'projectId'));
  if (!canManageProject(ctx.me, project)) throw forbidden();
  const grant = idList(ctx.body.grant, 'Grant');
  const revoke = idList(ctx.body.revoke, 'Revoke');
  const create = newPeople(ctx.body.create);
  if (grant.length + revoke.length + create.length === 0) throw unprocessable('Give at least one person to grant, revoke or create');
  const unknown = [...grant, ...revoke].find((id) => !ctx.state.people.has(id));
  if (unknown) throw unprocessable(`Person ${unknown} is not in this account`);
  const now = ctx.now();
  const granted: Person[] = [];
  for (const id of [...grant, ...create.map((input) => findOrCreatePerson(ctx, input, now).id)]) {
    const person = ctx.state.people.get(id);
    if (!person || granted.includes(person)) continue;
    if (!project.memberIds.includes(id)) project.memberIds.push(id);
    granted.push(person);
  }
  const revoked: Person[] = [];
  for (const id of revoke) {
    if (!project.memberIds.includes(id)) continue;
    project.memberIds = project.memberIds.filter((member) => member !== id);
    const person = ctx.state.people.get(id);
    if (person) revoked.push(person);
  }
  project.updatedAt = Math.max(now, project.updatedAt);
  ctx.state.account.updatedAt = Math.max(now, ctx.state.account.updatedAt);
  return ok({ granted: granted.map((person) => renderPerson(ctx, person)), revoked: revoked.map((person) => renderPerson(ctx, person)) });
}

function idList(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  const ids = Array.isArray(value) ? value.map((id) => (typeof id === 'number' ? String(id) : id)) : undefined;
  if (!ids || !ids.every((id) => typeof id === 'string' && /^\d+$/.test(id))) throw unprocessable(`${what} must be a list of people ids`);
  return [...new Set(ids as string[])];
}

interface NewPerson {
  name: string;
  email: string;
  title: string | null;
  companyName: string | null;
}

function newPeople(value: unknown): NewPerson[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw unprocessable('Create must be a list of people');
  return value.map((entry: unknown) => {
    const row = (entry !== null && typeof entry === 'object' ? entry : {}) as Record<string, unknown>;
    if (typeof row.name !== 'string' || row.name.trim() === '') throw unprocessable("Name can't be blank");
    if (typeof row.email_address !== 'string' || !EMAIL.test(row.email_address.trim())) throw unprocessable('Email address is invalid');
    return {
      name: row.name.trim(),
      email: row.email_address.trim(),
      title: typeof row.title === 'string' && row.title.trim() !== '' ? row.title.trim() : null,
      companyName: typeof row.company_name === 'string' && row.company_name.trim() !== '' ? row.company_name.trim() : null,
    };
  });
}

/** Someone invited by email joins the account, in the named company or the account's own. */
function findOrCreatePerson(ctx: RequestContext, input: NewPerson, now: number): Person {
  const { state } = ctx;
  const existing = [...state.people.values()].find((person) => person.emailAddress.toLowerCase() === input.email.toLowerCase());
  if (existing) return existing;
  const owner = [...state.people.values()].find((person) => person.owner) ?? ctx.me;
  let companyId = owner.companyId;
  if (input.companyName) {
    const company = [...state.companies.values()].find((candidate) => candidate.name === input.companyName);
    if (company) companyId = company.id;
    else {
      companyId = state.ids.company.next();
      state.companies.set(companyId, { id: companyId, name: input.companyName });
    }
  }
  const employee = companyId === owner.companyId;
  const person: Person = {
    id: state.ids.person.next(),
    name: input.name,
    emailAddress: input.email,
    personableType: 'User',
    title: input.title,
    bio: null,
    location: null,
    createdAt: now,
    updatedAt: now,
    admin: false,
    owner: false,
    client: false,
    employee,
    timeZone: owner.timeZone,
    companyId,
    canPing: true,
    canManageProjects: employee,
    canManagePeople: employee,
    canAccessTimesheet: employee,
    canAccessHillCharts: employee,
  };
  state.people.set(person.id, person);
  return person;
}

/**
 * Archive, or restore to active from the archive or the trash (spec: ArchiveProject,
 * UnarchiveProject). Trashed projects are reachable here, unlike everywhere else.
 */
function changeProjectStatus(status: Exclude<Status, 'trashed'>): Handler {
  return (ctx) => {
    const project = ctx.state.projects.get(param(ctx, 'projectId'));
    if (!project || !canSeeProject(ctx.me, project)) throw notFound();
    if (!canManageProject(ctx.me, project)) throw forbidden();
    setProjectStatus(ctx, project, status);
    return noContent();
  };
}

function setProjectStatus(ctx: RequestContext, project: Project, status: Status): void {
  const now = ctx.now();
  project.status = status;
  project.updatedAt = Math.max(now, project.updatedAt);
  ctx.state.account.updatedAt = Math.max(now, ctx.state.account.updatedAt);
}
