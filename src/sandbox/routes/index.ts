import type { Route } from '../router.ts';
import type { Section } from '../section.ts';
import { attachments } from './attachments.ts';
import { boosts } from './boosts.ts';
import { CARD_SECTIONS } from './card-tables.ts';
import { CHAT_SECTIONS } from './chat.ts';
import { cloudFiles } from './cloud-files.ts';
import { documents } from './documents.ts';
import { folders } from './folders.ts';
import { uploads } from './uploads.ts';
import { vaults } from './vaults.ts';
import { comments } from './comments.ts';
import { messageBoards } from './message-boards.ts';
import { messageTypes } from './message-types.ts';
import { messages } from './messages.ts';
import { people } from './people.ts';
import { PERSONAL_SECTIONS } from './personal.ts';
import { projects } from './projects.ts';
import { recordings } from './recordings.ts';
import { AUTOMATION_SECTIONS } from './automation.ts';
import { observeWrites } from '../events.ts';
import { REPORTS_SECTIONS } from './reports-family.ts';
import { questionAnswers, questionnaires, questionReminders, questions } from './questions.ts';
import { calendars, scheduleEntries, schedules, upcomingSchedule } from './schedules.ts';
import { todolistGroups } from './todolist-groups.ts';
import { todolists } from './todolists.ts';
import { todos } from './todos.ts';
import { todosets } from './todosets.ts';

/**
 * Every docs section the sandbox serves. Order matters only where patterns could overlap, and
 * digit-only parameters keep them apart, so sections are listed as the docs index lists them.
 */
export const SECTIONS: readonly Section[] = [
  attachments,
  boosts,
  ...CARD_SECTIONS,
  ...CHAT_SECTIONS,
  cloudFiles,
  documents,
  folders,
  uploads,
  vaults,
  comments,
  messageBoards,
  messageTypes,
  messages,
  people,
  ...PERSONAL_SECTIONS,
  projects,
  recordings,
  ...AUTOMATION_SECTIONS,
  ...REPORTS_SECTIONS,
  questionnaires,
  questions,
  questionAnswers,
  questionReminders,
  schedules,
  scheduleEntries,
  calendars,
  upcomingSchedule,
  todolistGroups,
  todolists,
  todos,
  todosets,
];

// Writes of every section become recording events and webhook calls (docs: events.md, webhooks.md).
observeWrites(SECTIONS);

/** All routes of all sections, for the router and for tests that enumerate what is served. */
export function allRoutes(): Route[] {
  return SECTIONS.flatMap((section) => section.routes);
}
