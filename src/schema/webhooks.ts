import type * as Wire from '../client/wire-types.ts';
import { createWebhook, fetchWebhooks, recentDeliveries, updateWebhook, type DeliveryResponse } from '../resolvers/webhooks.ts';
import { builder } from './builder.ts';
import { uses } from './coverage.ts';
import { EventDetails } from './events.ts';
import { specInput, specPatch } from './inputs.ts';
import { connectionOf, identifiedRef, implementObject, node, paged } from './nodes.ts';
import { deletion, mutation } from './mutation.ts';
import { specFields } from './fields.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { loadRecording } from './recording-types.ts';
import { Recording, type RecordingShape } from './recording.ts';
import { enumOf } from './enums.ts';

export const Webhook = node('Webhook', { load: fetchWebhooks, lookup: 'A webhook' });

const WebhookConnection = connectionOf(Webhook);

/** The recording types a webhook can follow (docs: webhooks.md); leaving them all out means every type. */
export const WebhookType = enumOf('WebhookType', 'A kind of recording whose changes a webhook reports.', {
  COMMENT: 'Comment',
  CLIENT_APPROVAL_RESPONSE: 'Client::Approval::Response',
  CLIENT_FORWARD: 'Client::Forward',
  CLIENT_REPLY: 'Client::Reply',
  CLOUD_FILE: ['CloudFile', 'Files linked from cloud services other than Google Drive.'],
  DOCUMENT: 'Document',
  GOOGLE_DOCUMENT: 'GoogleDocument',
  INBOX_FORWARD: 'Inbox::Forward',
  KANBAN_CARD: 'Kanban::Card',
  KANBAN_STEP: 'Kanban::Step',
  MESSAGE: 'Message',
  QUESTION: 'Question',
  QUESTION_ANSWER: 'Question::Answer',
  SCHEDULE_ENTRY: 'Schedule::Entry',
  TODO: 'Todo',
  TODOLIST: 'Todolist',
  UPLOAD: 'Upload',
  VAULT: 'Vault',
});

const HttpHeader = implementObject(builder.objectRef<[string, string]>('WebhookHeader'), 'One HTTP header of a webhook exchange.', (t) => ({
  name: t.string({ resolve: ([name]) => name }),
  value: t.string({ resolve: ([, value]) => value }),
}));

const headerList = (headers: Record<string, string> | undefined): [string, string][] => Object.entries(headers ?? {});

const WebhookCopy = implementObject(identifiedRef<Wire.WebhookCopy>('WebhookCopy', { nullable: true }), 'The new recording made by a copy or move that a webhook reports.', (t) => ({
  ...specFields(t, 'WebhookCopy', {
    url: 'REST URL of the copy.',
    appUrl: 'Where the copy lives in the web app.',
  }),
  bucket: t.field({ type: Project, nullable: true, description: 'The project the copy went to.', resolve: (copy) => copy.bucket?.id ?? null }),
}));

const WebhookEvent = implementObject(identifiedRef<Wire.WebhookEvent>('WebhookEvent', { nullable: true }), 'What Basecamp POSTs to a webhook\'s payload URL: the event, the recording and who did it.', (t) => ({
  ...specFields(t, 'WebhookEvent', {
    basecampId: 'The Basecamp id of the event.',
    kind: 'Recording type and action, e.g. `todo_created` or `message_trashed`.',
  }),
  details: t.field({ type: EventDetails, nullable: true, resolve: (event) => (event.details ?? null) as Wire.EventDetails | null }),
  recording: t.field({
    type: Recording,
    nullable: true,
    description: 'The recording that changed, loaded in full (the payload carries a reduced copy).',
    resolve: (event, _args, ctx) => (event.recording ? (loadRecording(ctx, event.recording) as Promise<RecordingShape> | null) : null),
  }),
  creator: t.field({ type: Person, nullable: true, description: 'Who made the change.', resolve: (event) => event.creator?.id ?? null }),
  copy: t.expose('copy', { type: WebhookCopy, nullable: true, description: 'Set for copy and move events.' }),
}));

const WebhookRequest = implementObject(builder.objectRef<Wire.WebhookDeliveryRequest>('WebhookDeliveryRequest'), 'The POST Basecamp made.', (t) => ({
  headers: t.field({ type: [HttpHeader], resolve: (request) => headerList(request.headers) }),
  body: t.expose('body', { type: WebhookEvent, nullable: true }),
}));

const WebhookResponse = implementObject(builder.objectRef<DeliveryResponse>('WebhookDeliveryResponse'), 'How the payload URL answered.', (t) => ({
  headers: t.field({ type: [HttpHeader], resolve: (response) => headerList(response.headers) }),
  ...specFields(t, 'WebhookDeliveryResponse', {
    code: 'The HTTP status; only 2xx counts as delivered.',
    message: 'The HTTP reason phrase, or why the call failed.',
    body: { type: 'String', nullable: true, description: 'The answer\'s body, as text.' },
  }),
}));

const WebhookDelivery = implementObject(identifiedRef<Wire.WebhookDelivery>('WebhookDelivery', { nullable: true }), 'One call to a webhook\'s payload URL and its answer.', (t) => ({
  ...specFields(t, 'WebhookDelivery'),
  request: t.expose('request', { type: WebhookRequest, nullable: true }),
  response: t.expose('response', { type: WebhookResponse, nullable: true }),
}));

Webhook.implement({
  description: 'A URL Basecamp calls whenever recordings of the chosen types change in a project.',
  extensions: uses('GetWebhook'),
  fields: (t) => ({
    ...specFields(t, 'Webhook', {
      active: 'Whether Basecamp calls it; it turns itself off after repeated failures.',
      payloadUrl: 'The HTTPS URL Basecamp POSTs to.',
      types: 'Recording types it follows; `all` for every type.',
      appUrl: 'Where it is managed in the web app.',
    }),
    recentDeliveries: t.field({
      type: [WebhookDelivery],
      description: 'Up to the 25 latest calls, newest first; costs a call when the webhook came from a project listing, which leaves them out.',
      extensions: uses('GetWebhook'),
      resolve: (webhook, _args, ctx) => recentDeliveries(ctx, webhook),
    }),
  }),
});

builder.objectField(Project, 'webhooks', (t) =>
  paged(t, WebhookConnection, 'ListWebhooks', {
    description: 'The project\'s webhooks. Clients may not see them.',
    params: (project) => ({ bucketId: project.id }),
  }),
);

mutation('createWebhook', {
  description: 'Registers a webhook on a project.',
  uses: ['CreateWebhook'],
  input: (t) => ({
    ...specInput(t, 'CreateWebhook', {
      projectId: 'The project to watch.',
      payloadUrl: 'The HTTPS URL to POST to.',
      types: false,
      active: 'Start switched off with false.',
    }),
    types: t.field({ type: [WebhookType], description: 'Recording types to report; every type when left out.' }),
  }),
  resolve: (input, ctx) => createWebhook(ctx, input),
  payload: { webhook: Webhook },
});

mutation('updateWebhook', {
  description: 'Edits a webhook\'s URL, types or whether it is active.',
  uses: ['GetWebhook', 'UpdateWebhook'],
  inputDescription: 'Changes to a webhook: fields left out keep their value; `types` null or empty means every type.',
  input: (t) => ({
    ...specPatch(t, 'UpdateWebhook', { payloadUrl: 'A new HTTPS URL.', types: false, active: 'Switch it on or off.' }),
    types: t.field({ type: [WebhookType], description: 'The new set of recording types; null or an empty list means every type, as on create.' }),
  }),
  resolve: (input, ctx) => updateWebhook(ctx, input),
  payload: { webhook: Webhook },
});

deletion('deleteWebhook', {
  description: 'Removes a webhook for good.',
  operation: 'DeleteWebhook',
  type: 'Webhook',
  gone: 'removed webhook',
});
