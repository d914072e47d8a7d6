import type * as Wire from '../client/wire-types.ts';
import { fetchMe, fetchPeople, listPeople } from '../resolvers/people.ts';
import { builder } from './builder.ts';
import { uses } from './coverage.ts';
import { connectionOf, identifiedRef, node } from './nodes.ts';

export const Person = node('Person', { load: fetchPeople, lookup: 'One person' });

export const Company = identifiedRef<Wire.PersonCompany>('Company').implement({
  description: 'The company a person belongs to.',
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The Basecamp id of the company.' }),
    name: t.exposeString('name'),
  }),
});

Person.implement({
  description: 'Someone in the account: an employee, a collaborator from another company or a client.',
  extensions: uses('GetPerson'),
  fields: (t) => ({
    basecampId: t.exposeID('id', { description: 'The numeric Basecamp id, as a string.' }),
    attachableSgid: t.exposeString('attachable_sgid', { nullable: true, description: 'Signed id for mentioning this person in rich text.' }),
    name: t.exposeString('name'),
    emailAddress: t.exposeString('email_address', { nullable: true }),
    personableType: t.exposeString('personable_type', { nullable: true, description: 'What kind of account this is, e.g. `User` or `Client`.' }),
    title: t.exposeString('title', { nullable: true, description: 'Job title.' }),
    bio: t.exposeString('bio', { nullable: true }),
    tagline: t.exposeString('tagline', { nullable: true }),
    location: t.exposeString('location', { nullable: true }),
    createdAt: t.expose('created_at', { type: 'DateTime', nullable: true }),
    updatedAt: t.expose('updated_at', { type: 'DateTime', nullable: true }),
    admin: t.exposeBoolean('admin', { nullable: true, description: 'Can administer the account.' }),
    owner: t.exposeBoolean('owner', { nullable: true, description: 'Owns the account.' }),
    client: t.exposeBoolean('client', { nullable: true, description: 'Is a client, who sees only what is shared with clients.' }),
    employee: t.exposeBoolean('employee', { nullable: true, description: 'Belongs to the company that owns the account.' }),
    timeZone: t.exposeString('time_zone', { nullable: true, description: 'IANA time zone name.' }),
    avatarUrl: t.exposeString('avatar_url', { nullable: true }),
    company: t.expose('company', { type: Company, nullable: true }),
    canPing: t.exposeBoolean('can_ping', { nullable: true, description: 'Can be sent a direct Ping.' }),
    canManageProjects: t.exposeBoolean('can_manage_projects', { nullable: true }),
    canManagePeople: t.exposeBoolean('can_manage_people', { nullable: true }),
    canAccessTimesheet: t.exposeBoolean('can_access_timesheet', { nullable: true }),
    canAccessHillCharts: t.exposeBoolean('can_access_hill_charts', { nullable: true }),
  }),
});

export const PersonConnection = connectionOf(Person);

builder.queryFields((t) => ({
  me: t.field({
    type: Person,
    nullable: true,
    description: 'The person the access token belongs to.',
    extensions: uses('GetMyProfile'),
    resolve: (_root, _args, ctx) => fetchMe(ctx),
  }),
  people: t.connection(
    {
      type: Person,
      nullable: true,
      description: 'Everyone in the account visible to the current user.',
      extensions: uses('ListPeople'),
      resolve: (_root, args, ctx) => listPeople(ctx, args),
    },
    PersonConnection,
  ),
}));
