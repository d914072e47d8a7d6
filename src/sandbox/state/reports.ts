import type { RecordingBase } from './records.ts';

/**
 * Records of the reports family (docs: timesheets.md, gauges.md, hill_charts.md). They join the
 * shared `Recording` union, so lookups, status changes and `updated_at` bubbling work as for any
 * other recording. Timeline events are not stored: they are derived from the recordings.
 */

/** A project's own timesheet: the parent of time logged on the project rather than on an item. */
export interface Timesheet extends RecordingBase {
  type: 'Timesheet';
  title: string;
}

export interface TimesheetEntry extends RecordingBase {
  type: 'Timesheet::Entry';
  title: string;
  /** The day the time was spent, `YYYY-MM-DD`. */
  date: string;
  /** Hours as Basecamp prints them: a decimal string with at least one decimal, e.g. `"1.5"`. */
  hours: string;
  description: string;
  /** Whose time it is (may differ from the creator). */
  personId: string;
}

/** Every project's progress gauge (docs: gauges.md); its needles are its children. */
export interface Gauge extends RecordingBase {
  type: 'Gauge';
  title: string;
  enabled: boolean;
}

export type NeedleColor = 'green' | 'yellow' | 'red';

export interface GaugeNeedle extends RecordingBase {
  type: 'Gauge::Needle';
  title: string;
  /** 0 to 100. */
  needlePosition: number;
  color: NeedleColor;
  /** Rich text HTML; "" when blank. */
  description: string;
}

export type ReportsRecording = Timesheet | TimesheetEntry | Gauge | GaugeNeedle;

/** A to-do set's hill chart: which lists are on it and where each sits (0 uphill start … 100 done). */
export interface HillChart {
  /** List id → hill position, in the order the lists were tracked. */
  tracked: Map<string, number>;
  updatedAt: number;
}

// Hill charts are not recordings, so they live beside the state rather than in its maps.
const hills = new WeakMap<object, Map<string, HillChart>>();

/** The hill chart of a to-do set, created empty (disabled) on first use. */
export function hillChartOf(state: object, todosetId: string, createdAt: number): HillChart {
  let perState = hills.get(state);
  if (!perState) {
    perState = new Map();
    hills.set(state, perState);
  }
  let hill = perState.get(todosetId);
  if (!hill) {
    hill = { tracked: new Map(), updatedAt: createdAt };
    perState.set(todosetId, hill);
  }
  return hill;
}
