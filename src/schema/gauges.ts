import {
  createGaugeNeedle,
  fetchGaugeNeedles,
  fetchGauges,
  listGauges,
  needleProjectId,
  projectGauge,
  toggleGauge,
  updateGaugeNeedle,
  type NeedleColor,
} from '../resolvers/gauges.ts';
import { builder } from './builder.ts';
import { GaugeNeedleColor } from './closed-sets.ts';
import { enumOf } from './enums.ts';
import { firstPage } from './cost-hints.ts';
import { uses } from './coverage.ts';
import { recordingFields } from './fields.ts';
import { specInput, specInputOn } from './inputs.ts';
import { deletion, edgeOf, mutation } from './mutation.ts';
import { connectionOf, node, paged } from './nodes.ts';
import { Project } from './projects.ts';
import { Recording } from './recording.ts';

/** Project gauges: where each project stands, its readings (needles), and their writes. */

export const Gauge = node('Gauge', { load: fetchGauges, recordingTypes: ['Gauge'] });
export const GaugeNeedle = node('GaugeNeedle', { load: fetchGaugeNeedles, recordingTypes: ['Gauge::Needle'], lookup: 'A gauge reading' });

const GaugeConnection = connectionOf(Gauge);
const GaugeNeedleConnection = connectionOf(GaugeNeedle);

const needleColor = (color: string | null | undefined) => (color as NeedleColor | null | undefined) ?? null;

Gauge.implement({
  description: 'A project\'s progress gauge: where its latest needle points, from 0 to 100, and how healthy it looks.',
  interfaces: [Recording],
  extensions: uses('ListGauges'),
  fields: (t) => ({
    ...recordingFields(t, 'Gauge', {
      description: 'The latest reading\'s note, rich text (HTML); null before the first reading.',
      enabled: 'Whether the project shows its gauge.',
      lastNeedlePosition: 'Where the latest reading points, 0 to 100.',
      previousNeedlePosition: 'Where the reading before it pointed.',
      lastNeedleColor: false,
    }),
    lastNeedleColor: t.field({ type: GaugeNeedleColor, nullable: true, description: 'Colour of the latest reading.', resolve: (gauge) => needleColor(gauge.last_needle_color) }),
    needles: paged(t, GaugeNeedleConnection, 'ListGaugeNeedles', {
      description: 'Every reading of this gauge, newest first.',
      params: (gauge) => ({ projectId: gauge.bucket.id }),
    }),
  }),
});

GaugeNeedle.implement({
  description: 'One reading of a project\'s gauge: a position from 0 to 100, a colour and a note, kept as history.',
  interfaces: [Recording],
  extensions: uses('GetGaugeNeedle'),
  fields: (t) => ({
    ...recordingFields(t, 'GaugeNeedle', {
      description: 'What moved the needle, rich text (HTML).',
      position: 'Where the needle points, 0 (just started) to 100 (done).',
      commentCount: { type: 'Int', nullable: true, description: 'Basecamp sends the comment count a second time under this key; same value as `commentsCount`.' },
      color: false,
    }),
    color: t.field({ type: GaugeNeedleColor, nullable: true, resolve: (needle) => needleColor(needle.color) }),
  }),
});

builder.objectFields(Project, (t) => ({
  gauge: t.field({
    type: Gauge,
    nullable: true,
    extensions: { ...uses('ListGauges'), ...firstPage() },
    description: 'The project\'s progress gauge; null when it is turned off.',
    resolve: (project, _args, ctx) => projectGauge(ctx, project.id),
  }),
  gaugeNeedles: paged(t, GaugeNeedleConnection, 'ListGaugeNeedles', {
    description: 'Every reading of the project\'s gauge, newest first.',
    params: (project) => ({ projectId: project.id }),
  }),
}));

builder.queryField('gauges', (t) =>
  paged(t, GaugeConnection, 'ListGauges', {
    description: 'Project gauges, riskiest first (red, yellow, green) then by project name.',
    args: { projectIds: t.arg.idList({ description: 'Only these projects, in this order.' }) },
    resolve: (_root, args, ctx) => listGauges(ctx, args),
  }),
);

const NeedleColorInput = enumOf('GaugeNeedleColorInput', 'The colour of a new gauge reading.', { GREEN: 'green', YELLOW: 'yellow', RED: 'red' });

const NeedleNotify = enumOf('GaugeNeedleNotify', 'Who hears about a new gauge reading.', {
  EVERYONE: ['everyone', 'Everyone on the project.'],
  WORKING_ON: ['working_on', 'The people actively working on it.'],
  CUSTOM: ['custom', 'Only `subscriberIds`.'],
});

mutation('createGaugeNeedle', {
  description: 'Records a new reading of a project\'s gauge.',
  uses: ['CreateGaugeNeedle'],
  input: (t) => ({
    ...specInput(t, 'CreateGaugeNeedle', {
      position: 'Where the needle points, 0 to 100.',
      color: false,
      description: 'What moved the needle, rich text (HTML).',
      notify: false,
      subscriberIds: 'Who to notify, with `notify: CUSTOM` only.',
    }),
    color: t.field({ type: NeedleColorInput, description: 'Green unless given.' }),
    notify: t.field({ type: NeedleNotify, description: 'Nobody is notified unless given.' }),
  }),
  resolve: (input, ctx) => createGaugeNeedle(ctx, input),
  payload: { gaugeNeedle: GaugeNeedle },
  // Read as `Project.gauge` reads it: the project's gauge from the list filtered to it.
  parent: { gauge: { type: Gauge, load: (needle, ctx) => projectGauge(ctx, (needle as { bucket: { id: string } }).bucket.id), extensions: firstPage() } },
  // A gauge's readings are listed by its project, newest first.
  edge: edgeOf('ListGaugeNeedles', 'GaugeNeedleEdge', 'top', (_gaugeId, needle: { bucket: { id: string } }) => ({ projectId: needle.bucket.id })),
});

mutation('updateGaugeNeedle', {
  description: 'Rewrites the note of a gauge reading.',
  uses: ['UpdateGaugeNeedle'],
  input: (t) => specInputOn(t, 'UpdateGaugeNeedle', { description: 'The new note, rich text (HTML); null clears it. Position and colour never change.' }),
  resolve: (input, ctx) => updateGaugeNeedle(ctx, input),
  payload: { gaugeNeedle: GaugeNeedle },
});

deletion('deleteGaugeNeedle', {
  description: 'Removes a gauge reading; the gauge falls back to the one before.',
  operation: 'DestroyGaugeNeedle',
  type: 'GaugeNeedle',
  gone: 'deleted reading',
  // The gauge falls back to the reading before: its position and colour change.
  from: {
    field: 'gauge',
    type: Gauge,
    before: needleProjectId,
    reads: 'GetGaugeNeedle',
    load: (projectId, ctx) => (projectId ? projectGauge(ctx, projectId as string) : null),
    extensions: firstPage(),
  },
});

mutation('toggleGauge', {
  description: 'Turns a project\'s gauge on or off (project admins only).',
  uses: ['ToggleGauge'],
  input: (t) => specInput(t, 'ToggleGauge', { enabled: 'Show the gauge, or hide it.' }),
  resolve: (input, ctx) => toggleGauge(ctx, input),
  payload: (t) => ({ project: t.field({ type: Project, nullable: true, description: 'The project, read back.', extensions: uses('GetProject'), resolve: (id) => id }) }),
});
