import type { Context } from '../context.ts';
import { disableOutOfOffice, enableOutOfOffice, fetchOutOfOffices, type OutOfOfficeRecord } from '../resolvers/out-of-office.ts';
import { builder } from './builder.ts';
import { calls } from './coverage.ts';
import { specFields } from './fields.ts';
import { specInput } from './inputs.ts';
import { mutation } from './mutation.ts';
import { Person } from './people.ts';

/** Whether and when a person is away: `Person.outOfOffice`, set and turned off. */

export const OutOfOffice = builder.objectRef<OutOfOfficeRecord>('OutOfOffice').implement({
  description: 'Whether and when a person is away. When it is off, the dates are null.',
  fields: (t) => ({
    person: t.field({ type: Person, nullable: true, description: 'Whose absence this is.', resolve: (ooo) => ooo.person?.id ?? null }),
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
    ...calls('GetOutOfOffice'),
    description: 'Whether this person is away, and when.',
    load: (ids: string[], ctx: Context) => fetchOutOfOffices(ctx, ids),
    resolve: (person) => person.id,
  }),
);

const whose = 'Whose; anyone but yourself needs an admin.';

mutation('enableOutOfOffice', {
  description: 'Sets or replaces a person\'s out of office.',
  uses: ['EnableOutOfOffice'],
  input: (t) => specInput(t, 'EnableOutOfOffice', { personId: whose, startDate: 'The first day away.', endDate: 'The last day away; not before `startDate`.' }),
  resolve: (input, ctx) => enableOutOfOffice(ctx, input),
  payload: { outOfOffice: { type: OutOfOffice, description: 'The absence as set.' } },
});

mutation('disableOutOfOffice', {
  description: 'Turns a person\'s out of office off (a no-op when it already is).',
  uses: ['DisableOutOfOffice', 'GetOutOfOffice'],
  input: (t) => ({ personId: t.id({ required: true, description: whose }) }),
  resolve: (input, ctx) => disableOutOfOffice(ctx, input.personId),
  payload: { outOfOffice: { type: OutOfOffice, description: 'The out of office, now off.' } },
});
