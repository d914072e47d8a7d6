import { ownId } from '../resolvers/chat-keys.ts';
import {
  createCampfireLine,
  createCampfireUpload,
  createChatbot,
  deleteCampfireLine,
  deleteChatbot,
  updateCampfireLine,
  updateChatbot,
} from '../resolvers/campfires.ts';
import { encodeGlobalId } from '../resolvers/global-id.ts';
import { builder } from './builder.ts';
import { CampfireLine, Chatbot } from './campfires.ts';
import { uses } from './coverage.ts';

const LineContentType = builder.enumType('CampfireLineContentType', {
  description: 'How the content of a new Campfire line is read.',
  values: {
    TEXT_PLAIN: { value: 'text/plain', description: 'Plain text, shown as typed (Basecamp\'s default).' },
    TEXT_HTML: { value: 'text/html', description: 'Rich text HTML.' },
  } as const,
});

builder.relayMutationField(
  'createCampfireLine',
  {
    description: 'A new line for a Campfire.',
    inputFields: (t) => ({
      campfireId: t.id({ required: true, description: 'The Campfire to say it in.' }),
      content: t.string({ required: true, description: 'What to say: plain text, or HTML with `contentType: TEXT_HTML`.' }),
      contentType: t.field({ type: LineContentType, description: 'Plain text unless TEXT_HTML.' }),
    }),
  },
  {
    description: 'Says something in a Campfire.',
    extensions: uses('CreateCampfireLine'),
    resolve: (_root, { input }, ctx) => createCampfireLine(ctx, input),
  },
  { outputFields: (t) => ({ campfireLine: t.field({ type: CampfireLine, description: 'The new line.', resolve: (line) => line }) }) },
);

builder.relayMutationField(
  'createCampfireUpload',
  {
    description: 'A file to share in a Campfire, sent as a GraphQL multipart request.',
    inputFields: (t) => ({
      campfireId: t.id({ required: true, description: 'The Campfire to share it in.' }),
      file: t.field({ type: 'File', required: true }),
      name: t.string({ description: 'The file name to show; defaults to the uploaded file\'s own name.' }),
    }),
  },
  {
    description: 'Shares a file (up to 100 MiB) in a Campfire as a new line.',
    extensions: uses('CreateCampfireUpload'),
    resolve: (_root, { input }, ctx) => createCampfireUpload(ctx, input),
  },
  { outputFields: (t) => ({ campfireLine: t.field({ type: CampfireLine, description: 'The new upload line.', resolve: (line) => line }) }) },
);

builder.relayMutationField(
  'updateCampfireLine',
  {
    description: 'New content for a Campfire line.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The line\'s global id, or its Basecamp id with `campfireId`.' }),
      campfireId: t.id({ description: 'The line\'s Campfire; needed with a plain line id.' }),
      content: t.string({ required: true, description: 'The new content; Basecamp stores an edited line as rich text HTML.' }),
    }),
  },
  {
    description: 'Edits a text line; only its author may, and files cannot be edited.',
    extensions: uses('UpdateCampfireLine', 'GetCampfireLine'),
    resolve: (_root, { input }, ctx) => updateCampfireLine(ctx, input),
  },
  { outputFields: (t) => ({ campfireLine: t.field({ type: CampfireLine, description: 'The line as it is now.', resolve: (line) => line }) }) },
);

builder.relayMutationField(
  'deleteCampfireLine',
  {
    description: 'Which Campfire line to remove.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The line\'s global id, or its Basecamp id with `campfireId`.' }),
      campfireId: t.id({ description: 'The line\'s Campfire; needed with a plain line id.' }),
    }),
  },
  {
    description: 'Removes a line from a Campfire.',
    extensions: uses('DeleteCampfireLine'),
    resolve: (_root, { input }, ctx) => deleteCampfireLine(ctx, input),
  },
  {
    outputFields: (t) => ({
      deletedId: t.id({ description: 'The global id of the removed line, for client caches.', resolve: (key, _args, ctx) => encodeGlobalId('CampfireLine', ctx.accountId, key) }),
      basecampId: t.id({ description: 'The Basecamp id of the removed line.', resolve: (key) => ownId(key) }),
    }),
  },
);

builder.relayMutationField(
  'createChatbot',
  {
    description: 'A new chatbot for the account.',
    inputFields: (t) => ({
      campfireId: t.id({ required: true, description: 'A Campfire to create it through; its `linesUrl` will post there.' }),
      projectId: t.id({ description: 'That Campfire\'s project; saves a read of the Campfire when given.' }),
      serviceName: t.string({ required: true, description: 'One word of letters, digits or underscores: people call it as `!serviceName`.' }),
      commandUrl: t.string({ description: 'HTTPS endpoint Basecamp calls with commands; leave out for a bot that only posts.' }),
    }),
  },
  {
    description: 'Adds a chatbot to the whole account (administrators only).',
    extensions: uses('CreateChatbot', 'GetCampfire'),
    resolve: (_root, { input }, ctx) => createChatbot(ctx, input),
  },
  { outputFields: (t) => ({ chatbot: t.field({ type: Chatbot, description: 'The new chatbot.', resolve: (bot) => bot }) }) },
);

builder.relayMutationField(
  'updateChatbot',
  {
    description: 'Changes to a chatbot: fields left out keep their value; a null `commandUrl` clears it.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The chatbot\'s global id, or its Basecamp id with `projectId` and `campfireId`.' }),
      campfireId: t.id({ description: 'A Campfire to reach it through; needed with a plain chatbot id.' }),
      projectId: t.id({ description: 'That Campfire\'s project; needed with a plain chatbot id.' }),
      serviceName: t.string({ description: 'A new one-word name.' }),
      commandUrl: t.string({ description: 'A new HTTPS command endpoint, or null for a bot that only posts.' }),
    }),
  },
  {
    description: 'Renames a chatbot or changes its command URL, account-wide (administrators only).',
    extensions: uses('GetChatbot', 'UpdateChatbot'),
    resolve: (_root, { input }, ctx) => updateChatbot(ctx, input),
  },
  { outputFields: (t) => ({ chatbot: t.field({ type: Chatbot, description: 'The chatbot as it is now.', resolve: (bot) => bot }) }) },
);

builder.relayMutationField(
  'deleteChatbot',
  {
    description: 'Which chatbot to remove.',
    inputFields: (t) => ({
      id: t.id({ required: true, description: 'The chatbot\'s global id, or its Basecamp id with `projectId` and `campfireId`.' }),
      campfireId: t.id({ description: 'A Campfire to reach it through; needed with a plain chatbot id.' }),
      projectId: t.id({ description: 'That Campfire\'s project; needed with a plain chatbot id.' }),
    }),
  },
  {
    description: 'Removes a chatbot from every project of the account (administrators only).',
    extensions: uses('DeleteChatbot'),
    resolve: (_root, { input }, ctx) => deleteChatbot(ctx, input),
  },
  {
    outputFields: (t) => ({
      deletedId: t.id({ description: 'The global id of the removed chatbot, for client caches.', resolve: (key, _args, ctx) => encodeGlobalId('Chatbot', ctx.accountId, key) }),
      basecampId: t.id({ description: 'The Basecamp id of the removed chatbot.', resolve: (key) => ownId(key) }),
    }),
  },
);
