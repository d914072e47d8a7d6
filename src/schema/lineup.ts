import { createLineupMarker, fetchLineupMarkers, listLineupMarkers, updateLineupMarker } from '../resolvers/lineup.ts';
import { builder } from './builder.ts';
import { calls, uses } from './coverage.ts';
import { specFields } from './fields.ts';
import { specInput, specInputOn } from './inputs.ts';
import { deletion, mutation } from './mutation.ts';
import { node } from './nodes.ts';

/** The account's Lineup markers: named dates everyone sees, such as a launch or a holiday. */

export const LineupMarker = node('LineupMarker', { load: fetchLineupMarkers });

LineupMarker.implement({
  description: 'A named date shown to everyone on the account\'s Lineup, such as a launch or a holiday.',
  extensions: uses('ListLineupMarkers'),
  fields: (t) => ({
    ...specFields(t, 'LineupMarker', {
      name: 'What the date marks.',
      date: 'The day it falls on.',
    }),
  }),
});

builder.queryField('lineupMarkers', (t) =>
  t.field({ type: [LineupMarker], ...calls('ListLineupMarkers'), description: 'Every marker on the account\'s Lineup, by date.', resolve: (_root, _args, ctx) => listLineupMarkers(ctx) }),
);

mutation('createLineupMarker', {
  description: 'Adds a marker to the account\'s Lineup.',
  uses: ['CreateLineupMarker', 'ListLineupMarkers'],
  input: (t) => specInput(t, 'CreateLineupMarker', { name: 'What the date marks; cannot be blank.' }),
  resolve: (input, ctx) => createLineupMarker(ctx, input),
  payload: { lineupMarker: { type: LineupMarker, description: 'The new marker.' } },
});

mutation('updateLineupMarker', {
  description: 'Renames or moves a Lineup marker.',
  uses: ['UpdateLineupMarker', 'ListLineupMarkers'],
  inputDescription: 'Changes to a marker: fields left out keep their value.',
  input: (t) => specInputOn(t, 'UpdateLineupMarker', { name: 'Cannot be blank.' }),
  resolve: (input, ctx) => updateLineupMarker(ctx, input),
  payload: { lineupMarker: { type: LineupMarker, description: 'The marker as it is now.' } },
});

deletion('deleteLineupMarker', {
  description: 'Deletes a Lineup marker for good.',
  operation: 'DeleteLineupMarker',
  type: 'LineupMarker',
  gone: 'deleted marker',
});
