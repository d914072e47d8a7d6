import { SEED } from '../../src/sandbox/seed/index.ts';

const A = SEED.automation;

/** Samples for the GETs of events, subscriptions, search, webhooks, templates and tools. */
export const AUTOMATION_SAMPLES: Record<string, [path: string, as?: string][]> = {
  '/recordings/:recordingId/events.json': [[`/recordings/${A.busyTodo}/events.json`], [`/recordings/${SEED.todos.completed}/events.json`]],
  '/recordings/:recordingId/subscription.json': [[`/recordings/${A.busyTodo}/subscription.json`], [`/recordings/${SEED.todolists.large}/subscription.json`]],
  '/search.json': [['/search.json?q=catalog'], [`/search.json?q=photo&bucket_id=${SEED.projects.catalog}&type=Todo`]],
  '/searches/metadata.json': [['/searches/metadata.json']],
  '/buckets/:bucketId/webhooks.json': [[`/buckets/${SEED.projects.catalog}/webhooks.json`]],
  '/webhooks/:webhookId.json': [[`/webhooks/${A.webhooks.catalog}.json`], [`/webhooks/${A.webhooks.bakery}.json`]],
  '/templates.json': [['/templates.json'], ['/templates.json?status=archived']],
  '/templates/:templateId.json': [[`/templates/${A.templates.onboarding}.json`]],
  '/templates/:templateId/project_constructions/:constructionId.json': [[`/templates/${A.construction.template}/project_constructions/${A.construction.id}.json`]],
  '/dock/tools/:toolId.json': [[`/dock/tools/${A.tools.catalogChat}.json`], [`/dock/tools/${A.tools.warehouseInbox}.json`]],
};
