import { recordingBase } from './recording.ts';
import { todoFields, type NewTodo } from './todos.ts';
import { touch } from '../mutations.ts';
import { childrenOf, type Recording, type SandboxState } from '../state/index.ts';
import type { Project } from '../state/records.ts';
import type { Todo, Todoset } from '../state/todos.ts';
import type { Gauge, GaugeNeedle, NeedleColor, Timesheet, TimesheetEntry } from '../state/reports.ts';

/**
 * Creating the reports family's records, shared by the seed and the write endpoints. A project's
 * timesheet and gauge exist from the start in Basecamp; here they are created on first use, so
 * projects made by any code path get them.
 */

/** Reports records sit in a project, never shown to clients; a tool has no parent. */
function base(state: SandboxState, project: Project, parentId: string | null, creatorId: string, at: number) {
  return recordingBase(state, { id: parentId, bucketId: project.id, visibleToClients: false }, creatorId, at);
}

/** The project's timesheet or gauge recording if it was created already (reads never create one). */
export function existingTool<T extends 'Timesheet' | 'Gauge'>(state: SandboxState, projectId: string, type: T): Extract<Recording, { type: T }> | undefined {
  for (const recording of state.recordings.values()) {
    if (recording.type === type && recording.bucketId === projectId) return recording as Extract<Recording, { type: T }>;
  }
  return undefined;
}

/** The project's own timesheet recording (parent of time logged on the project itself). */
export function timesheetOf(state: SandboxState, project: Project, at: number): Timesheet {
  const existing = existingTool(state, project.id, 'Timesheet');
  if (existing) return existing;
  const timesheet: Timesheet = { ...base(state, project, null, project.creatorId, Math.max(at, project.createdAt)), type: 'Timesheet', title: 'Timesheet' };
  state.recordings.set(timesheet.id, timesheet);
  return timesheet;
}

/** The project's gauge; enabled from the start, as Basecamp creates it with the project. */
export function gaugeOf(state: SandboxState, project: Project, at: number): Gauge {
  const existing = existingTool(state, project.id, 'Gauge');
  if (existing) return existing;
  const gauge: Gauge = { ...base(state, project, null, project.creatorId, Math.max(at, project.createdAt)), type: 'Gauge', title: 'Project progress', enabled: true };
  state.recordings.set(gauge.id, gauge);
  return gauge;
}

export interface NewTimesheetEntry {
  date: string;
  hours: string;
  description?: string;
  personId: string;
  creatorId: string;
}

/** Logs time on a recording (or on the project's timesheet); bumps the timesheet so lists move. */
export function addTimesheetEntry(state: SandboxState, project: Project, parent: Recording, input: NewTimesheetEntry, at: number): TimesheetEntry {
  const entry: TimesheetEntry = {
    ...base(state, project, parent.id, input.creatorId, at),
    type: 'Timesheet::Entry',
    title: 'Timesheet entry',
    date: input.date,
    hours: input.hours,
    description: input.description ?? '',
    personId: input.personId,
  };
  state.recordings.set(entry.id, entry);
  touch(state, timesheetOf(state, project, at), at);
  return entry;
}

/** `"1:30"`, `"1.5"` or `1.5` → `"1.5"`; undefined when it is not a number of hours. */
export function parseHours(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const clock = /^(\d+):([0-5]\d)$/.exec(value.trim());
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60;
  return /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : undefined;
}

/** Hours as Basecamp prints them: `"2.0"`, `"1.5"`, `"0.25"`. */
export function formatHours(hours: number): string {
  const rounded = Math.round(hours * 100) / 100;
  return Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded);
}

export interface NewGaugeNeedle {
  position: number;
  color: NeedleColor;
  description?: string;
  creatorId: string;
}

/** Records a new gauge reading and moves the project's `last_needle_*` fields with it. */
export function addGaugeNeedle(state: SandboxState, project: Project, gauge: Gauge, input: NewGaugeNeedle, at: number): GaugeNeedle {
  const needle: GaugeNeedle = {
    ...base(state, project, gauge.id, input.creatorId, at),
    type: 'Gauge::Needle',
    title: 'Progress update',
    needlePosition: input.position,
    color: input.color,
    description: input.description ?? '',
  };
  state.recordings.set(needle.id, needle);
  touch(state, needle, at);
  syncProjectNeedles(state, project, gauge, at);
  return needle;
}

/** Projects mirror their gauge's two latest readings (docs: gauges.md, intro). */
export function syncProjectNeedles(state: SandboxState, project: Project, gauge: Gauge, at: number): void {
  const needles = [...state.recordings.values()]
    .filter((r): r is GaugeNeedle => r.type === 'Gauge::Needle' && r.parentId === gauge.id && r.status === 'active')
    .sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  project.lastNeedleColor = needles[0]?.color ?? null;
  project.lastNeedlePosition = needles[0]?.needlePosition ?? null;
  project.previousNeedlePosition = needles[1]?.needlePosition ?? null;
  project.updatedAt = Math.max(project.updatedAt, at);
}

/** A loose to-do takes what a listed one does, except a completion. */
export type NewLooseTodo = Omit<NewTodo, 'completion'>;

/** A to-do directly in a to-do set, outside any list (openapi.json: CreateTodosetTodo). */
export function addLooseTodo(state: SandboxState, todoset: Todoset, input: NewLooseTodo, at: number): Todo {
  const siblings = childrenOf(state, todoset.id, 'Todo');
  const todo: Todo = {
    ...recordingBase(state, todoset, input.creatorId, at),
    type: 'Todo',
    position: (siblings.at(-1)?.position ?? 0) + 1,
    ...todoFields(input),
    completion: null,
  };
  state.recordings.set(todo.id, todo);
  touch(state, todo, at);
  return todo;
}
