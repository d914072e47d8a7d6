import { SEED } from '../../src/sandbox/seed/index.ts';

const chat = SEED.chat;
const bakery = SEED.projects.bakery;

/** Sample GETs for the chat family's routes, for `openapi-shapes.test.ts`; [path, token]. */
export const CHAT_SAMPLES: Record<string, [path: string, as?: string][]> = {
  '/chats.json': [['/chats.json'], ['/chats.json', 'client']],
  '/chats/:campfireId.json': [[`/chats/${chat.campfires.catalog}.json`], [`/chats/${chat.campfires.warehouse}.json`]],
  '/chats/:campfireId/lines.json': [
    [`/chats/${chat.campfires.catalog}/lines.json`],
    [`/chats/${chat.campfires.catalog}/lines.json?page=2`],
    [`/chats/${chat.campfires.bakery}/lines.json`, 'client'],
  ],
  '/chats/:campfireId/lines/:lineId.json': [
    [`/chats/${chat.campfires.catalog}/lines/${chat.lines.text}.json`],
    [`/chats/${chat.campfires.catalog}/lines/${chat.lines.richText}.json`],
    [`/chats/${chat.campfires.catalog}/lines/${chat.lines.upload}.json`],
  ],
  '/chats/:campfireId/uploads.json': [[`/chats/${chat.campfires.catalog}/uploads.json`]],
  '/buckets/:bucketId/chats/:campfireId/integrations.json': [[`/buckets/${SEED.projects.hq}/chats/${chat.campfires.hq}/integrations.json`]],
  '/buckets/:bucketId/chats/:campfireId/integrations/:chatbotId.json': [
    [`/buckets/${SEED.projects.hq}/chats/${chat.campfires.hq}/integrations/${chat.chatbots.deploy}.json`],
    [`/buckets/${SEED.projects.catalog}/chats/${chat.campfires.catalog}/integrations/${chat.chatbots.standup}.json`],
  ],
  '/inboxes/:inboxId.json': [[`/inboxes/${chat.inboxes.catalog}.json`], [`/inboxes/${chat.inboxes.hq}.json`]],
  '/inboxes/:inboxId/inbox_forwards.json': [[`/inboxes/${chat.inboxes.catalog}/inbox_forwards.json`], [`/inboxes/${chat.inboxes.hq}/inbox_forwards.json?direction=asc`]],
  '/inbox_forwards/:forwardId.json': [[`/inbox_forwards/${chat.forwards.withReplies}.json`], [`/inbox_forwards/${chat.forwards.plain}.json`]],
  '/forwards.json': [['/forwards.json']],
  '/inbox_forwards/:forwardId/replies.json': [[`/inbox_forwards/${chat.forwards.withReplies}/replies.json`]],
  '/inbox_forwards/:forwardId/replies/:replyId.json': [[`/inbox_forwards/${chat.forwards.withReplies}/replies/${chat.inboxReplies.first}.json`]],
  '/buckets/:bucketId/client/approvals.json': [[`/buckets/${bakery}/client/approvals.json`], [`/buckets/${bakery}/client/approvals.json`, 'client']],
  '/client/approvals/:approvalId.json': [[`/client/approvals/${chat.approvals.approved}.json`], [`/client/approvals/${chat.approvals.pending}.json`]],
  '/buckets/:bucketId/client/correspondences.json': [[`/buckets/${bakery}/client/correspondences.json?sort=updated_at`]],
  '/client/correspondences/:correspondenceId.json': [[`/client/correspondences/${chat.correspondences.kickoff}.json`]],
  '/buckets/:bucketId/client/recordings/:recordingId/replies.json': [
    [`/buckets/${bakery}/client/recordings/${chat.correspondences.kickoff}/replies.json`],
    [`/buckets/${bakery}/client/recordings/${chat.approvals.approved}/replies.json`],
  ],
  '/buckets/:bucketId/client/recordings/:recordingId/replies/:replyId.json': [
    [`/buckets/${bakery}/client/recordings/${chat.correspondences.kickoff}/replies/${chat.clientReplies.onCorrespondence}.json`],
  ],
};
