import type * as Wire from '../client/wire-types.ts';
import type { Context } from '../context.ts';
import { call } from './call.ts';
import { compositeKey, joinKey, loadByKey, splitKey } from './chat-keys.ts';
import { loadEach, type NodeLoader } from './loaders.ts';
import { withBody } from './writes.ts';
import { recordingRef } from './recordings.ts';

/** The spec's approval; `due_on` is null when no date was set. */
export type ClientApprovalRecord = Omit<Wire.ClientApproval, 'due_on'> & { due_on?: string | null };

/** `GET /client/approvals/{id}.json`, batched per request; it embeds the client's responses. */
export const fetchClientApprovals: NodeLoader<ClientApprovalRecord> = loadEach('GetClientApproval');

export const fetchClientCorrespondences = loadEach('GetClientCorrespondence');

/** `GET /buckets/{projectId}/client/recordings/{threadId}/replies/{id}.json`; keys are `projectId-threadId-replyId`. */
export const fetchClientReplies = loadByKey('GetClientReply', 3, ([bucketId, recordingId, replyId]) => ({ bucketId, recordingId, replyId }));

/**
 * The responses of an approval: embedded by its GET but not by the list, so a listed approval
 * is read once more (bypassing the loader, which the list primed with the shorter form).
 */
export async function approvalResponses(ctx: Context, approval: ClientApprovalRecord): Promise<Wire.ClientApprovalResponse[]> {
  if (approval.responses) return approval.responses;
  const full = await call(ctx, 'GetClientApproval', { approvalId: approval.id });
  return full.responses ?? [];
}

/** A client reply's loader key, from the reply itself. */
export function clientReplyKey(reply: Wire.ClientReply): string {
  return joinKey(reply.bucket.id, reply.parent.id, reply.id);
}

/** Root-field argument → reply key: a global reply id, or a plain one with its project and thread. */
export function clientReplyKeyOf(ctx: Context, id: string, recordingId?: string | null, projectId?: string | null): string {
  return compositeKey(ctx, id, 'ClientReply', [
    { field: 'projectId', value: projectId, typenames: ['Project'] },
    { field: 'recordingId', value: recordingId, typenames: ['ClientApproval', 'ClientCorrespondence'] },
  ]);
}

/**
 * `PUT /recordings/{id}/client_visibility.json` answers with the recording. Any recording's
 * global id works; for the composite ids of lines and replies the last segment is the recording.
 */
export function setClientVisibility(ctx: Context, input: { id: string; visibleToClients: boolean }) {
  const ref = recordingRef(ctx, input.id);
  const id = splitKey(ref.id, ref.id.split('-').length)?.at(-1) ?? ref.id;
  return withBody(call(ctx, 'SetClientVisibility', { recordingId: id }, { body: { visible_to_clients: input.visibleToClients } }));
}
