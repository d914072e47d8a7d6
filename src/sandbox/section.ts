import type { Route } from './router.ts';

/**
 * One docs section (`docs/sections/<name>.md`) served by one route module. Adding a section is:
 * write `routes/<name>.ts` exporting a `Section`, list it in `routes/index.ts`, and give any new
 * recording type a shape in `shapes/index.ts`.
 */
export interface Section {
  /** The docs section file name without `.md`, e.g. `todolist_groups`. */
  docs: string;
  routes: Route[];
}
