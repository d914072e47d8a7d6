import { addGaugeNeedle, addTimesheetEntry, formatHours, gaugeOf, timesheetOf } from '../factories/reports.ts';
import { childrenOf, type SandboxState } from '../state/index.ts';
import type { Project } from '../state/records.ts';
import type { Todolist } from '../state/todos.ts';
import { hillChartOf, type NeedleColor } from '../state/reports.ts';
import { DAY, HOUR } from '../durations.ts';

/** What the reports family's tests find through `SEED.reports`. */
export interface ReportsSeed {
  /** The project whose timesheet is on (the spring catalog). */
  timesheetProject: string;
  /** That project's own timesheet recording (time logged on the project itself). */
  timesheet: string;
  /** Entries in the project's timesheet: more than one page of 15. */
  timesheetEntryCount: number;
  /** An entry logged on a to-do, by the photographer. */
  entry: string;
  /** The to-do with several entries logged on it. */
  todoWithEntries: string;
  /** The catalog's gauge: three readings, latest yellow. */
  gauge: string;
  /** The catalog gauge's latest needle. */
  latestNeedle: string;
  /** The to-do set whose hill chart tracks two lists. */
  hillTodoset: string;
  /** The lists on that hill chart. */
  hillLists: string[];
}

const WORK = [
  'Lighting tests in the studio',
  'Retouched the hero shots',
  'First pass on product blurbs',
  'Price check against the supplier sheet',
  'Page proof review with the printer',
  'Colour calibration for the proofs',
  'Shot list walkthrough',
  'Rewrote the intro spread',
];

/**
 * Timesheets, gauges and a hill chart for the seeded projects, in our own words. Every seeded
 * project gets its gauge (Basecamp makes one with each project); the catalog, whose timesheet is
 * on, gets enough entries to span two pages.
 */
export function seedReports(
  state: SandboxState,
  projects: { hq: Project; catalog: Project; warehouse: Project; bakery: Project; boardPrep: Project },
  people: Record<string, string>,
  lists: { large: Todolist; withGroups: Todolist },
): ReportsSeed {
  const person = (key: string): string => {
    const id = people[key];
    if (!id) throw new Error(`seed person ${key} missing`);
    return id;
  };
  const { catalog } = projects;
  const at = catalog.createdAt + 12 * DAY;
  const timesheet = timesheetOf(state, catalog, catalog.createdAt);

  const todos = childrenOf(state, lists.large.id, 'Todo').slice(0, 6);
  const loggers = ['photographer', 'copywriter', 'production', 'member', 'projectManager'];
  let firstEntry = '';
  let count = 0;
  for (let i = 0; i < 24; i += 1) {
    // every fourth entry is project-level time; the rest go on the first few catalog to-dos
    const parent = i % 4 === 3 ? timesheet : todos[i % todos.length];
    if (!parent) throw new Error('seed to-dos missing');
    const who = person(loggers[i % loggers.length] ?? 'member');
    const day = new Date(at + i * DAY).toISOString().slice(0, 10);
    const entry = addTimesheetEntry(
      state,
      catalog,
      parent,
      { date: day, hours: formatHours(0.5 + (i % 6) * 0.75), description: WORK[i % WORK.length] ?? '', personId: who, creatorId: who },
      at + i * DAY + 17 * HOUR,
    );
    if (i === 0) firstEntry = entry.id;
    count += 1;
  }

  const readings: [Project, [number, NeedleColor, string][]][] = [
    [catalog, [[20, 'green', '<div>Shot list agreed, studio booked.</div>'], [45, 'yellow', '<div>Two products are late from the supplier.</div>'], [60, 'yellow', '<div>Photos done; copy is behind by a week.</div>']]],
    [projects.warehouse, [[30, 'green', '<div>Racking ordered.</div>'], [35, 'red', '<div>Forklift lease fell through; looking for another.</div>']]],
    [projects.bakery, [[70, 'green', '<div>Pre-order flow works end to end on staging.</div>']]],
    [projects.boardPrep, [[50, 'green', '<div>Numbers are in; the agenda is next.</div>']]],
  ];
  let latestNeedle = '';
  for (const project of Object.values(projects)) gaugeOf(state, project, project.createdAt);
  for (const [project, needles] of readings) {
    const gauge = gaugeOf(state, project, project.createdAt);
    needles.forEach(([position, color, description], i) => {
      const needle = addGaugeNeedle(state, project, gauge, { position, color, description, creatorId: project.creatorId }, project.createdAt + (10 + 7 * i) * DAY);
      if (project === catalog) latestNeedle = needle.id;
    });
  }

  const catalogSet = catalog.dock.find((entry) => entry.name === 'todoset')?.recordingId ?? '';
  const hill = hillChartOf(state, catalogSet, catalog.createdAt);
  hill.tracked.set(lists.withGroups.id, 35);
  hill.tracked.set(lists.large.id, 70);
  hill.updatedAt = catalog.createdAt + 20 * DAY;

  const catalogGauge = gaugeOf(state, catalog, catalog.createdAt);
  return {
    timesheetProject: catalog.id,
    timesheet: timesheet.id,
    timesheetEntryCount: count,
    entry: firstEntry,
    todoWithEntries: todos[0]?.id ?? '',
    gauge: catalogGauge.id,
    latestNeedle,
    hillTodoset: catalogSet,
    hillLists: [lists.withGroups.id, lists.large.id],
  };
}
