import { DOCK_TOOLS } from '../state/records.ts';
import type { SandboxState } from '../state/index.ts';
import { automationOf, type Template, type Webhook } from '../state/automation.ts';

/** The tools a new template starts with: Basecamp's new-project set, the first five. */
const TEMPLATE_TOOLS = new Set(['message_board', 'todoset', 'vault', 'chat', 'schedule']);

export interface NewTemplate {
  name: string;
  description?: string | null;
  creatorId: string;
  status?: Template['status'];
}

/** Adds a template with the default dock; shared by the seed and `POST /templates.json`. */
export function addTemplate(state: SandboxState, input: NewTemplate, at: number): Template {
  let position = 0;
  const template: Template = {
    id: state.ids.project.next(),
    status: input.status ?? 'active',
    createdAt: at,
    updatedAt: at,
    name: input.name,
    description: input.description ?? null,
    creatorId: input.creatorId,
    dock: DOCK_TOOLS.map((tool) => {
      const enabled = TEMPLATE_TOOLS.has(tool.name);
      return { name: tool.name, recordingId: state.ids.recording.next(), title: tool.title, enabled, position: enabled ? ++position : null };
    }),
  };
  automationOf(state).templates.set(template.id, template);
  return template;
}

/** Adds a webhook to a project; the seed's are inactive so tests never call out by accident. */
export function addWebhook(
  state: SandboxState,
  input: Pick<Webhook, 'bucketId' | 'payloadUrl' | 'types' | 'active'>,
  at: number,
): Webhook {
  const automation = automationOf(state);
  const webhook: Webhook = { id: automation.ids.webhook.next(), createdAt: at, updatedAt: at, deliveries: [], ...input };
  automation.webhooks.set(webhook.id, webhook);
  return webhook;
}
