import type * as Wire from '../client/wire-types.ts';
import {
  approvalResponses,
  clientReplyKey,
  clientReplyKeyOf,
  fetchClientApprovals,
  fetchClientCorrespondences,
  fetchClientReplies,
  setClientVisibility,
} from '../resolvers/client-portal.ts';
import { orderQuery } from '../resolvers/connection.ts';
import { builder } from './builder.ts';
import { ClientApprovalStatus } from './closed-sets.ts';
import { embedded } from './cost-hints.ts';
import { sortArgs } from './connection.ts';
import { calls } from './coverage.ts';
import { recordingFields, specFields } from './fields.ts';
import { Attachment } from './files.ts';
import { specInputOn } from './inputs.ts';
import { connectionOf, identifiedRef, implementObject, node, paged, PLAIN_OR_GLOBAL_ID } from './nodes.ts';
import { mutation } from './mutation.ts';
import { Person } from './people.ts';
import { Project } from './projects.ts';
import { Recording, type RecordingShape } from './recording.ts';
import { implementRecording } from './recording-type.ts';

export const ClientApproval = node('ClientApproval', { load: fetchClientApprovals, recordingTypes: ['Client::Approval'], lookup: { what: 'A client approval', idDescription: PLAIN_OR_GLOBAL_ID } });

export const ClientCorrespondence = node('ClientCorrespondence', { load: fetchClientCorrespondences, recordingTypes: ['Client::Correspondence'], lookup: { what: 'A client correspondence', idDescription: PLAIN_OR_GLOBAL_ID } });

// Basecamp reads a reply only through its project and thread, so the node key carries all three.
export const ClientReply = node('ClientReply', { load: fetchClientReplies, key: clientReplyKey, recordingTypes: ['Client::Reply', 'ClientReply'] });

export const ClientApprovalConnection = connectionOf(ClientApproval);
export const ClientCorrespondenceConnection = connectionOf(ClientCorrespondence);
export const ClientReplyConnection = connectionOf(ClientReply);

type Response = Wire.ClientApprovalResponse;

// Responses come only embedded in their approval and have no GET of their own: not a node.
const ClientApprovalResponse = implementObject(identifiedRef<Response>('ClientApprovalResponse', { nullable: true }), 'The client\'s answer to an approval request: yes or no, with a note.', (t) => ({
  ...specFields(t, 'ClientApprovalResponse', {
    visibleToClients: 'Whether clients can see it.',
    createdAt: 'When the client answered.',
    title: 'A title Basecamp derives from the approval\'s subject.',
    inheritsStatus: 'Whether it is archived or trashed along with its approval.',
    type: 'Basecamp\'s type name, `CLIENT_APPROVAL_RESPONSE`.',
    appUrl: 'Where it shows in the web app.',
    bookmarkUrl: 'REST URL for bookmarking it.',
    content: 'The client\'s note, as HTML.',
    approved: 'True for a yes, false for a no.',
  }),
  creator: t.field({
    type: Person,
    nullable: true,
    description: 'Who answered. Embedded in full: no extra call.',
    extensions: embedded(),
    resolve: (response) => response.creator ?? null,
  }),
}));

// Approvals and correspondences share the clientside thread fields.
for (const ref of [ClientApproval, ClientCorrespondence] as const) {
  builder.objectFields(ref, (t) => ({
    subject: t.exposeString('subject', { nullable: true, description: 'The subject line shown to the client.' }),
    content: t.exposeString('content', { nullable: true, description: 'The message to the client, as HTML.' }),
    contentAttachments: t.field({
      type: [Attachment],
      description: 'Files embedded in the message.',
      resolve: (item) => item.content_attachments ?? [],
    }),
    subscriptionUrl: t.exposeString('subscription_url', { nullable: true, description: 'REST URL of who gets notified about it.' }),
    repliesCount: t.exposeInt('replies_count', { nullable: true, description: 'How many replies its thread has.' }),
    repliesUrl: t.exposeString('replies_url', { nullable: true, description: 'REST URL of its replies.' }),
    replies: paged(t, ClientReplyConnection, 'ListClientReplies', {
      description: 'The replies in its thread, oldest first.',
      params: (item) => ({ bucketId: item.bucket.id, recordingId: item.id }),
    }),
  }));
}

implementRecording(ClientApproval, 'Something sent to a client for a yes or no (Basecamp type `Client::Approval`).', (t) => ({
  dueOn: t.expose('due_on', { type: 'Date', nullable: true, description: 'When an answer is needed by.' }),
  approvalStatus: t.expose('approval_status', { type: ClientApprovalStatus, nullable: true, description: 'Where it stands.' }),
  approver: t.field({
    type: Person,
    nullable: true,
    description: 'The client asked to decide. Embedded in full: no extra call.',
    extensions: embedded(),
    resolve: (approval) => approval.approver ?? null,
  }),
  responses: t.field({
    type: [ClientApprovalResponse],
    ...calls('GetClientApproval'),
    description: 'The client\'s answers. Only a single approval carries them, so from a list this costs one call per approval.',
    resolve: (approval, _args, ctx) => approvalResponses(ctx, approval),
  }),
}));

implementRecording(ClientCorrespondence, 'A message to the client on the project\'s clientside (Basecamp type `Client::Correspondence`).', () => ({}));

implementRecording(ClientReply, 'A reply in the thread of a client approval or correspondence (Basecamp type `Client::Reply`).', (t) => ({
  ...recordingFields(t, 'ClientReply', {
    content: 'The reply, as HTML.',
    contentAttachments: { type: [Attachment], description: 'Files embedded in the reply.' },
  }),
}));

builder.objectFields(Project, (t) => ({
  clientApprovals: paged(t, ClientApprovalConnection, 'ListClientApprovals', {
    description: 'What was sent to the client for approval, newest first by default.',
    args: sortArgs(t),
    params: (project) => ({ bucketId: project.id }),
    query: orderQuery,
  }),
  clientCorrespondences: paged(t, ClientCorrespondenceConnection, 'ListClientCorrespondences', {
    description: 'Messages sent to the client, newest first by default.',
    args: sortArgs(t),
    params: (project) => ({ bucketId: project.id }),
    query: orderQuery,
  }),
}));

builder.queryFields((t) => ({
  clientReply: t.field({
    type: ClientReply,
    nullable: true,
    description: 'A client reply, by global id, or by Basecamp id together with its project and thread.',
    args: {
      id: t.arg.id({ required: true, description: 'A global id, or the plain Basecamp id of the reply.' }),
      recordingId: t.arg.id({ description: 'The approval or correspondence it replies to; needed with a plain reply id.' }),
      projectId: t.arg.id({ description: 'The project of that thread; needed with a plain reply id.' }),
    },
    resolve: (_root, args, ctx) => clientReplyKeyOf(ctx, args.id, args.recordingId, args.projectId),
  }),
}));

mutation('setClientVisibility', {
  description: 'Shows a recording to the project\'s clients or hides it from them, with everything inside it. Recordings that follow their parent (a to-do follows its list) are refused by Basecamp.',
  uses: ['SetClientVisibility'],
  inputDescription: 'Whether clients on the project may see a recording.',
  input: (t) =>
    specInputOn(t, 'SetClientVisibility', {
      id: 'A global id of any recording, or its Basecamp id.',
      visibleToClients: 'True to show it to clients, false to hide it.',
    }),
  resolve: (input, ctx) => setClientVisibility(ctx, input),
  payload: (t) => ({
    recording: t.field({
      type: Recording,
      nullable: true,
      description: 'The recording as it is now.',
      extensions: embedded(),
      resolve: (recording) => recording as RecordingShape,
    }),
    basecampId: t.id({ description: 'The Basecamp id of the recording.', resolve: (recording) => recording.id }),
    visibleToClients: t.boolean({ description: 'Its client visibility now.', resolve: (recording) => recording.visible_to_clients }),
  }),
});
