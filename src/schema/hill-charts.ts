import type * as Wire from '../client/wire-types.ts';
import { toBasecampId } from '../resolvers/global-id.ts';
import { fetchHillChart, updateHillChartSettings, type HillChartRecord } from '../resolvers/hill-charts.ts';
import { builder } from './builder.ts';
import { calls, uses } from './coverage.ts';
import { specFields } from './fields.ts';
import { specInput } from './inputs.ts';
import { mutation } from './mutation.ts';
import { identifiedRef } from './nodes.ts';
import { Todolist, Todoset } from './todos.ts';

/** A to-do set's hill chart: how far each tracked list has come, and which lists it tracks. */

const HillChartDot = identifiedRef<Wire.HillChartDot>('HillChartDot').implement({
  description: 'A to-do list on a hill chart.',
  fields: (t) => ({
    ...specFields(t, 'HillChartDot', {
      basecampId: 'The to-do list\'s Basecamp id.',
      label: 'The list\'s name.',
      position: 'Where on the hill: 0 is the foot of the uphill (figuring it out), 100 the foot of the downhill (done).',
    }),
    todolist: t.field({ type: Todolist, nullable: true, description: 'The list itself, loaded only when more than the dot is asked for.', resolve: (dot) => dot.id }),
  }),
});

export const HillChart = builder.objectRef<HillChartRecord>('HillChart').implement({
  description: 'A to-do set\'s hill chart: how far each tracked list has come, from unknowns to done.',
  extensions: uses('GetHillChart'),
  fields: (t) => ({
    ...specFields(t, 'HillChart', {
      enabled: 'On as long as at least one list is tracked.',
      stale: 'Nobody has moved a dot for a long while.',
      appUpdateUrl: 'Where people move the dots in the web app.',
      dots: { type: [HillChartDot] },
    }),
  }),
});

builder.objectField(Todoset, 'hillChart', (t) =>
  t.field({ type: HillChart, ...calls('GetHillChart'), description: 'How far along each tracked list is.', resolve: (todoset, _args, ctx) => fetchHillChart(ctx, todoset.id) }),
);

builder.queryField('hillChart', (t) =>
  t.field({
    type: HillChart,
    ...calls('GetHillChart'),
    description: 'A to-do set\'s hill chart.',
    args: { todosetId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => fetchHillChart(ctx, toBasecampId(args.todosetId, ctx.accountId, ['Todoset'])),
  }),
);

mutation('updateHillChartSettings', {
  description: 'Chooses which to-do lists a hill chart tracks; tracking the first turns it on, untracking the last turns it off.',
  uses: ['UpdateHillChartSettings'],
  input: (t) => specInput(t, 'UpdateHillChartSettings', { trackedIds: 'To-do lists to put on the hill.', untrackedIds: 'To-do lists to take off it.' }),
  resolve: (input, ctx) => updateHillChartSettings(ctx, input),
  payload: { hillChart: HillChart },
});
