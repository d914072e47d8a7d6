import type { Person } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import type { Urls } from '../urls.ts';

/** What a shape needs to render Basecamp JSON: the state to follow links and the URL builders. */
export interface ShapeContext {
  state: SandboxState;
  urls: Urls;
  /** The viewer: embedded collections (a to-do set's lists) show only what they may see. */
  me: Person;
}

/** ISO 8601 with milliseconds, as Basecamp writes timestamps. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
