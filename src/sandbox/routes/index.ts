import type { Route } from '../router.ts';
import type { Section } from '../section.ts';
import { people } from './people.ts';
import { projects } from './projects.ts';
import { recordings } from './recordings.ts';
import { todolistGroups } from './todolist-groups.ts';
import { todolists } from './todolists.ts';
import { todos } from './todos.ts';
import { todosets } from './todosets.ts';

/**
 * Every docs section the sandbox serves. Order matters only where patterns could overlap, and
 * digit-only parameters keep them apart, so sections are listed as the docs index lists them.
 */
export const SECTIONS: readonly Section[] = [
  people,
  projects,
  recordings,
  todolistGroups,
  todolists,
  todos,
  todosets,
];

/** All routes of all sections, for the router and for tests that enumerate what is served. */
export function allRoutes(): Route[] {
  return SECTIONS.flatMap((section) => section.routes);
}
