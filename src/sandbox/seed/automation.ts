import { storeEvent } from '../events.ts';
import { addTemplate, addWebhook } from '../factories/automation.ts';
import { childrenOf, type SandboxState } from '../state/index.ts';
import type { Project } from '../state/records.ts';
import type { Todolist } from '../state/todos.ts';
import { automationOf } from '../state/automation.ts';
import type { ShapeContext } from '../shapes/shape-context.ts';
import { webhookPayload } from '../webhook-delivery.ts';
import { DAY, HOUR } from '../durations.ts';

/** What tests of events, subscriptions, webhooks, templates and tools rely on. */
export interface AutomationLandmarks {
  /** A pending to-do in the catalog's large list with a long history (spans two pages of events). */
  busyTodo: string;
  busyTodoEvents: number;
  /** The busy to-do's explicit subscribers. */
  subscribers: string[];
  templates: { onboarding: string; archived: string; trashed: string };
  /** Active templates: more than one page of 15. */
  activeTemplates: number;
  /** Inactive webhooks (the seed never calls out): one with a recorded delivery. */
  webhooks: { catalog: string; bakery: string };
  /** A finished construction: the warehouse project was built from the office-move template. */
  construction: { template: string; id: string };
  /** Dock tools of the catalog project: its chat (enabled) and of the warehouse: its inbox (disabled). */
  tools: { catalogChat: string; warehouseInbox: string };
}

const TEMPLATE_NAMES: [string, string | null][] = [
  ['New hire onboarding', 'First two weeks for anyone joining the studio.'],
  ['Client website build', 'Discovery through launch for a small business site.'],
  ['Product photo shoot', 'Shot lists, props, studio booking and retouching.'],
  ['Printed catalog', 'From product list to press check.'],
  ['Quarterly close', 'Invoices, expenses and the numbers review.'],
  ['Trade show stand', 'Booth design, shipping crates and staffing rota.'],
  ['Brand refresh', 'Audit, moodboards, logo options and the guidelines PDF.'],
  ['Packaging run', 'Dielines, proofs and supplier sign-off.'],
  ['Newsletter issue', null],
  ['Pop-up market stall', 'Stock, signage and the cash float.'],
  ['Annual report', 'Copy, charts and design for the board pack.'],
  ['Social campaign', 'Three weeks of posts with approvals built in.'],
  ['Office move', 'Movers, utilities, keys and the new floor plan.'],
  ['Illustration commission', 'Brief, sketches, revisions and final files.'],
  ['Recipe card series', 'Styling, shooting and print for each card.'],
  ['Website maintenance month', 'Updates, backups and the monthly report.'],
  ['Supplier onboarding', 'Contracts, samples and first order.'],
  ['Holiday windows', 'Street-facing displays, install night included.'],
];

/**
 * Seeds the automation side: templates (enough for two pages), inactive webhooks with one past
 * delivery, a to-do with a long history and explicit subscribers. All in our own words.
 */
export function seedAutomation(
  state: SandboxState,
  seed: { people: Record<string, string>; hq: Project; catalog: Project; bakery: Project; warehouse: Project; large: Todolist },
): AutomationLandmarks {
  const p = (key: string): string => {
    const id = seed.people[key];
    if (!id) throw new Error(`seed person ${key} missing`);
    return id;
  };
  const at = seed.hq.createdAt + 20 * DAY;
  const templates = TEMPLATE_NAMES.map(([name, description], i) =>
    addTemplate(state, { name, description, creatorId: i % 3 === 0 ? p('owner') : p('production') }, at + i * 3 * DAY),
  );
  const archived = addTemplate(state, { name: 'Autumn market (2024)', description: 'Kept for reference.', creatorId: p('production'), status: 'archived' }, at - 5 * DAY);
  const trashed = addTemplate(state, { name: 'Old intranet checklist', description: null, creatorId: p('admin'), status: 'trashed' }, at - 9 * DAY);

  const busy = childrenOf(state, seed.large.id, 'Todo').find((todo) => todo.completion === null && todo.assigneeIds.length > 0);
  if (!busy) throw new Error('seed: the large list has no pending assigned to-do');
  const history: [string, Record<string, unknown>, string][] = [
    ['created', {}, busy.creatorId],
    ['assignment_changed', { added_person_ids: [p('photographer')], removed_person_ids: [] }, p('production')],
    ['due_date_changed', { due_on_was: null }, p('production')],
    ['subscribers_changed', { added_person_ids: [p('copywriter')], removed_person_ids: [] }, p('copywriter')],
    ['content_changed', {}, p('production')],
    ['assignment_changed', { added_person_ids: [p('member')], removed_person_ids: [p('photographer')] }, p('projectManager')],
    ['description_changed', {}, p('member')],
    ['completed', {}, p('member')],
    ['uncompleted', {}, p('production')],
    ['due_date_changed', { due_on_was: '2026-02-01' }, p('projectManager')],
    ['repositioned', {}, p('production')],
    ['subscribers_changed', { added_person_ids: [p('photographer')], removed_person_ids: [] }, p('photographer')],
    ['content_changed', {}, p('copywriter')],
    ['assignment_changed', { added_person_ids: [p('production')], removed_person_ids: [p('member')] }, p('projectManager')],
    ['completed', {}, p('production')],
    ['uncompleted', {}, p('projectManager')],
    ['description_changed', {}, p('production')],
    ['content_changed', {}, p('production')],
  ];
  const [createdEvent] = history.map(([action, details, creatorId], i) => storeEvent(state, busy.id, action, details, busy.createdAt + i * 5 * HOUR, creatorId));
  if (!createdEvent) throw new Error('seed: no history');
  const subscribers = [busy.creatorId, p('copywriter'), p('photographer')].filter((id, i, all) => all.indexOf(id) === i);
  automationOf(state).subscriptions.set(busy.id, { personIds: subscribers, updatedAt: busy.createdAt + 11 * 5 * HOUR });

  const catalogHook = addWebhook(state, { bucketId: seed.catalog.id, payloadUrl: 'https://hooks.larkspurfinch.example/basecamp/catalog', types: ['all'], active: false }, seed.catalog.createdAt + 2 * DAY);
  catalogHook.deliveries.push({
    id: automationOf(state).ids.delivery.next(),
    createdAt: busy.createdAt + HOUR,
    request: {
      headers: { 'Content-Type': 'application/json', 'User-Agent': 'Basecamp Sandbox Webhook', 'X-Request-Id': '0d4c7a52-5b1e-4c7e-9a43-2f1d8e6b9c10' },
      body: (ctx: ShapeContext) => webhookPayload(ctx, busy, createdEvent),
    },
    response: { headers: { 'Content-Type': 'text/plain' }, code: 200, message: 'OK', body: 'thanks' },
  });
  const bakeryHook = addWebhook(state, { bucketId: seed.bakery.id, payloadUrl: 'https://ops.harborstreetbakery.example/hooks/basecamp', types: ['Todo', 'Todolist'], active: false }, seed.bakery.createdAt + 3 * DAY);

  const toolId = (project: Project, name: string): string => {
    const entry = project.dock.find((candidate) => candidate.name === name);
    if (!entry) throw new Error(`seed: ${project.name} has no ${name}`);
    return entry.recordingId;
  };
  const [onboarding] = templates;
  const officeMove = templates.find((template) => template.name === 'Office move');
  if (!onboarding || !officeMove) throw new Error('seed: templates missing');
  const construction = { id: automationOf(state).ids.construction.next(), templateId: officeMove.id, projectId: seed.warehouse.id, creatorId: seed.warehouse.creatorId, reported: true };
  automationOf(state).constructions.set(construction.id, construction);
  return {
    busyTodo: busy.id,
    busyTodoEvents: history.length,
    subscribers,
    templates: { onboarding: onboarding.id, archived: archived.id, trashed: trashed.id },
    activeTemplates: templates.length,
    webhooks: { catalog: catalogHook.id, bakery: bakeryHook.id },
    construction: { template: officeMove.id, id: construction.id },
    tools: { catalogChat: toolId(seed.catalog, 'chat'), warehouseInbox: toolId(seed.warehouse, 'inbox') },
  };
}
