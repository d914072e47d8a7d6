import type * as Wire from '../client/wire-types.ts';
import { fetchMe, fetchPeople } from '../resolvers/people.ts';
import { builder } from './builder.ts';
import { calls, uses } from './coverage.ts';
import { connectionOf, identifiedRef, implementObject, node, paged } from './nodes.ts';
import { specFields } from './fields.ts';

export const Person = node('Person', { load: fetchPeople, lookup: 'One person' });

export const Company = implementObject(identifiedRef<Wire.PersonCompany>('Company'), 'The company a person belongs to.', (t) => ({
  ...specFields(t, 'PersonCompany', { basecampId: 'The Basecamp id of the company.' }),
}));

Person.implement({
  description: 'Someone in the account: an employee, a collaborator from another company or a client.',
  extensions: uses('GetPerson'),
  fields: (t) => ({
    ...specFields(t, 'Person', {
      attachableSgid: 'Signed id for mentioning this person in rich text.',
      personableType: 'What kind of account this is, e.g. `USER` or `CLIENT`.',
      title: 'Job title.',
      admin: 'Can administer the account.',
      owner: 'Owns the account.',
      client: 'Is a client, who sees only what is shared with clients.',
      employee: 'Belongs to the company that owns the account.',
      timeZone: 'IANA time zone name.',
      canPing: 'Can be sent a direct Ping.',
    }),
    company: t.expose('company', { type: Company, nullable: true }),
  }),
});

export const PersonConnection = connectionOf(Person);

builder.queryFields((t) => ({
  me: t.field({
    type: Person,
    ...calls('GetMyProfile'),
    description: 'The person the access token belongs to.',
    resolve: (_root, _args, ctx) => fetchMe(ctx),
  }),
  people: paged(t, PersonConnection, 'ListPeople', {
    description: 'Everyone in the account visible to the current user.',
  }),
}));

builder.queryField('pingablePeople', (t) =>
  paged(t, PersonConnection, 'ListPingablePeople', {
    description: 'Everyone in the account the current person can ping.',
  }),
);
