import type { Section } from '../section.ts';
import { events } from './events.ts';
import { search } from './search.ts';
import { subscriptions } from './subscriptions.ts';
import { templates } from './templates.ts';
import { tools } from './tools.ts';
import { webhooks } from './webhooks.ts';

/** The cross-cutting sections: history, subscribers, search, webhooks, templates and dock tools. */
export const AUTOMATION_SECTIONS: readonly Section[] = [events, search, subscriptions, templates, tools, webhooks];
