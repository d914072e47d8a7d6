import type * as Wire from '../client/wire-types.ts';
import {
  campfireLineKey,
  chatbotKey,
  chatbotKeyOf,
  fetchCampfireLines,
  fetchCampfires,
  fetchChatbots,
  lineKey,
} from '../resolvers/campfires.ts';
import { orderQuery } from '../resolvers/connection.ts';
import { builder } from './builder.ts';
import { sortArgs } from './connection.ts';
import { uses } from './coverage.ts';
import { connectionOf, implementObject, node, paged, PLAIN_OR_GLOBAL_ID } from './nodes.ts';
import { recordingFields, specFields } from './fields.ts';
import { dockToolField } from './projects.ts';
import { implementRecording } from './recording-type.ts';

export const Campfire = node('Campfire', { load: fetchCampfires, recordingTypes: ['Chat::Transcript'], lookup: { what: 'A Campfire', idDescription: PLAIN_OR_GLOBAL_ID } });

// Basecamp reads a line only through its Campfire, so the node key carries both ids.
export const CampfireLine = node('CampfireLine', {
  load: fetchCampfireLines,
  key: lineKey,
  // Global ids name our type, and a status change reads the line back by it.
  recordingTypes: ['Chat::Lines::Text', 'Chat::Lines::RichText', 'Chat::Lines::Upload', 'CampfireLine'],
});

// Chatbots are account-wide but read through some project's Campfire: the key holds both.
export const Chatbot = node('Chatbot', { load: fetchChatbots, key: chatbotKey });

export const CampfireConnection = connectionOf(Campfire);
export const CampfireLineConnection = connectionOf(CampfireLine);
export const ChatbotConnection = connectionOf(Chatbot);

implementRecording(Campfire, 'A project\'s group chat (Basecamp\'s Campfire, type `Chat::Transcript`).', (t) => ({
  ...recordingFields(t, 'Campfire', {
    topic: 'The name the chat goes by in the project.',
    position: 'Its place in the project\'s dock.',
    subscriptionUrl: 'REST URL of who gets notified about it.',
    linesUrl: 'REST URL of its lines.',
    filesUrl: 'REST URL of the files posted to it.',
  }),
  lines: paged(t, CampfireLineConnection, 'ListCampfireLines', {
    description: 'What was said, files included; newest first unless `direction` says otherwise.',
    args: sortArgs(t),
    params: (campfire) => ({ campfireId: campfire.id }),
    query: orderQuery,
  }),
  uploads: paged(t, CampfireLineConnection, 'ListCampfireUploads', {
    description: 'Only the lines that are uploaded files, newest first by default.',
    args: sortArgs(t),
    params: (campfire) => ({ campfireId: campfire.id }),
    query: orderQuery,
  }),
  chatbots: paged(t, ChatbotConnection, 'ListChatbots', {
    description: 'The account\'s chatbots, with the posting URLs that lead into this chat.',
    params: (campfire) => ({ bucketId: campfire.bucket.id, campfireId: campfire.id }),
  }),
}));

const CampfireLineAttachment = implementObject(builder.objectRef<Wire.CampfireLineAttachment>('CampfireLineAttachment'), 'A file posted to a Campfire.', (t) => ({
  ...specFields(t, 'CampfireLineAttachment', {
    title: 'The name shown for the file.',
    url: 'A preview of the file.',
    filename: 'The file\'s name as uploaded.',
    contentType: 'The MIME type, e.g. `image/png`.',
    downloadUrl: 'Where the file itself can be downloaded.',
  }),
}));

implementRecording(CampfireLine, 'One line said in a Campfire: plain text, rich text or an uploaded file (its `type` tells which).', (t) => ({
  ...recordingFields(t, 'CampfireLine', {
    content: 'What was said: plain text, or HTML for rich text lines; null for files.',
    boostsCount: 'How many boosts it got.',
  }),
  attachments: t.field({
    type: [CampfireLineAttachment],
    nullable: true,
    description: 'The posted file, for upload lines; null otherwise.',
    resolve: (line) => line.attachments ?? null,
  }),
  campfire: t.field({
    type: Campfire,
    nullable: true,
    description: 'The Campfire it was said in.',
    resolve: (line) => line.parent.id,
  }),
}));

Chatbot.implement({
  description: 'A chatbot of the account: it posts into Campfires and, when it has a command URL, answers `!name` commands.',
  extensions: uses('GetChatbot'),
  fields: (t) => ({
    ...specFields(t, 'Chatbot', {
      createdAt: 'When it was added.',
      serviceName: 'The one-word name people address it by, as in `!name`.',
      commandUrl: 'The HTTPS endpoint Basecamp calls with commands; null for bots that only post.',
      url: 'Its REST URL, under the Campfire it was read through.',
      appUrl: 'Where it is managed in the web app.',
      linesUrl: 'The secret URL the bot posts to in this Campfire; treat it like a password.',
    }),
  }),
});

dockToolField('campfire', Campfire, 'chat', 'The project\'s Campfire; null when the chat tool is switched off.');

builder.queryFields((t) => ({
  campfires: paged(t, CampfireConnection, 'ListCampfires', {
    description: 'Every Campfire the current user can see, across projects.',
  }),
  campfireLine: t.field({
    type: CampfireLine,
    nullable: true,
    description: 'A Campfire line, by global id, or by Basecamp id together with its Campfire.',
    args: {
      id: t.arg.id({ required: true, description: 'A global id, or the plain Basecamp id of the line.' }),
      campfireId: t.arg.id({ description: 'The line\'s Campfire; needed with a plain line id.' }),
    },
    resolve: (_root, args, ctx) => campfireLineKey(ctx, args.id, args.campfireId),
  }),
  chatbot: t.field({
    type: Chatbot,
    nullable: true,
    description: 'A chatbot, by global id, or by Basecamp id together with a project and its Campfire.',
    args: {
      id: t.arg.id({ required: true, description: 'A global id, or the plain Basecamp id of the chatbot.' }),
      campfireId: t.arg.id({ description: 'A Campfire to read it through; needed with a plain chatbot id.' }),
      projectId: t.arg.id({ description: 'That Campfire\'s project; needed with a plain chatbot id.' }),
    },
    resolve: (_root, args, ctx) => chatbotKeyOf(ctx, args.id, args.campfireId, args.projectId),
  }),
}));
