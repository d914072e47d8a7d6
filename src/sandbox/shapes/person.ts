import type { Person } from '../state/records.ts';
import { avatarKey, signedGlobalId } from '../urls.ts';
import type { ShapeContext } from './shape-context.ts';
import { iso } from './shape-context.ts';

/** A person as `GET /people/{id}.json` returns it and as recordings embed it (docs: people.md). */
export function renderPerson(ctx: ShapeContext, person: Person): Record<string, unknown> {
  const company = ctx.state.companies.get(person.companyId);
  const outOfOffice = ctx.state.personal?.outOfOffice.get(person.id);
  return {
    id: person.id,
    attachable_sgid: signedGlobalId('Person', person.id),
    name: person.name,
    email_address: person.emailAddress,
    personable_type: person.personableType,
    title: person.title,
    bio: person.bio,
    location: person.location,
    created_at: iso(person.createdAt),
    updated_at: iso(person.updatedAt),
    admin: person.admin,
    owner: person.owner,
    client: person.client,
    employee: person.employee,
    time_zone: person.timeZone,
    avatar_url: `${ctx.urls.api}/people/${avatarKey(person.id)}/avatar`,
    company: company ? { id: company.id, name: company.name } : undefined,
    can_ping: person.canPing,
    can_manage_projects: person.canManageProjects,
    can_manage_people: person.canManagePeople,
    can_access_timesheet: person.canAccessTimesheet,
    can_access_hill_charts: person.canAccessHillCharts,
    // present only while out of office is on (docs: people.md, "Get person")
    out_of_office: outOfOffice ? { start_date: outOfOffice.startDate, end_date: outOfOffice.endDate } : undefined,
  };
}

/**
 * Renders a person by id, once per request: a page of to-dos embeds the same few people hundreds
 * of times. Throws when the id is dangling, which would be a seed or write bug.
 */
export function renderPersonById(ctx: ShapeContext, personId: string): Record<string, unknown> {
  let rendered = renderedPeople.get(ctx);
  if (!rendered) {
    rendered = new Map();
    renderedPeople.set(ctx, rendered);
  }
  const cached = rendered.get(personId);
  if (cached) return cached;
  const person = ctx.state.people.get(personId);
  if (!person) throw new Error(`sandbox state refers to unknown person ${personId}`);
  const body = renderPerson(ctx, person);
  rendered.set(personId, body);
  return body;
}

const renderedPeople = new WeakMap<ShapeContext, Map<string, Record<string, unknown>>>();
