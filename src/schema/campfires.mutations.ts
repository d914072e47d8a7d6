import {
  createCampfireLine,
  createCampfireUpload,
  createChatbot,
  deleteCampfireLine,
  deleteChatbot,
  updateCampfireLine,
  updateChatbot,
} from '../resolvers/campfires.ts';
import { Campfire, CampfireLine, Chatbot } from './campfires.ts';
import { specInput } from './inputs.ts';
import { deletion, edgeOf, mutation, mutationsOf, type InputBuilder } from './mutation.ts';
import { enumOf } from './enums.ts';

// A Campfire reads newest line first.
const lineEdge = edgeOf('ListCampfireLines', 'CampfireLineEdge', 'top', (campfireId) => ({ campfireId }));

const LineContentType = enumOf('CampfireLineContentType', 'How the content of a new Campfire line is read.', {
  TEXT_PLAIN: ['text/plain', 'Plain text, shown as typed (Basecamp\'s default).'],
  TEXT_HTML: ['text/html', 'Rich text HTML.'],
});

// Basecamp reads a line through its Campfire and a chatbot through a project's Campfire: a global
// id carries those, a plain one needs them beside it.
const lineId = (t: InputBuilder) => ({
  id: t.id({ required: true, description: 'The line\'s global id, or its Basecamp id with `campfireId`.' }),
  campfireId: t.id({ description: 'The line\'s Campfire; needed with a plain line id.' }),
});
const chatbotId = (t: InputBuilder) => ({
  id: t.id({ required: true, description: 'The chatbot\'s global id, or its Basecamp id with `projectId` and `campfireId`.' }),
  campfireId: t.id({ description: 'A Campfire to reach it through; needed with a plain chatbot id.' }),
  projectId: t.id({ description: 'That Campfire\'s project; needed with a plain chatbot id.' }),
});

const lineMutation = mutationsOf({ parent: { campfire: Campfire } });

lineMutation('createCampfireLine', {
  description: 'Says something in a Campfire.',
  uses: ['CreateCampfireLine'],
  inputDescription: 'A new line for a Campfire.',
  input: (t) => ({
    ...specInput(t, 'CreateCampfireLine', {
      campfireId: 'The Campfire to say it in.',
      content: 'What to say: plain text, or HTML with `contentType: TEXT_HTML`.',
      contentType: false,
    }),
    contentType: t.field({ type: LineContentType, description: 'Plain text unless TEXT_HTML.' }),
  }),
  resolve: (input, ctx) => createCampfireLine(ctx, input),
  payload: { campfireLine: { type: CampfireLine, description: 'The new line.' } },
  edge: lineEdge,
});

lineMutation('createCampfireUpload', {
  description: 'Shares a file (up to 100 MiB) in a Campfire as a new line.',
  uses: ['CreateCampfireUpload'],
  inputDescription: 'A file to share in a Campfire, sent as a GraphQL multipart request.',
  input: (t) => ({
    campfireId: t.id({ required: true, description: 'The Campfire to share it in.' }),
    file: t.field({ type: 'File', required: true }),
    name: t.string({ description: 'The file name to show; defaults to the uploaded file\'s own name.' }),
  }),
  resolve: (input, ctx) => createCampfireUpload(ctx, input),
  payload: { campfireLine: { type: CampfireLine, description: 'The new upload line.' } },
  edge: lineEdge,
});

lineMutation('updateCampfireLine', {
  description: 'Edits a text line; only its author may, and files cannot be edited.',
  uses: ['UpdateCampfireLine', 'GetCampfireLine'],
  inputDescription: 'New content for a Campfire line.',
  input: (t) => ({
    ...lineId(t),
    content: t.string({ required: true, description: 'The new content; Basecamp stores an edited line as rich text HTML.' }),
  }),
  resolve: (input, ctx) => updateCampfireLine(ctx, input),
  payload: { campfireLine: { type: CampfireLine, description: 'The line as it is now.' } },
});

deletion('deleteCampfireLine', {
  description: 'Removes a line from a Campfire.',
  uses: ['DeleteCampfireLine'],
  inputDescription: 'Which Campfire line to remove.',
  input: lineId,
  resolve: (input, ctx) => deleteCampfireLine(ctx, input),
  type: 'CampfireLine',
  gone: 'removed line',
  basecampId: true,
});

mutation('createChatbot', {
  description: 'Adds a chatbot to the whole account (administrators only).',
  uses: ['CreateChatbot', 'GetCampfire'],
  inputDescription: 'A new chatbot for the account.',
  input: (t) => ({
    ...specInput(t, 'CreateChatbot', {
      projectId: false,
      campfireId: 'A Campfire to create it through; its `linesUrl` will post there.',
      serviceName: 'One word of letters, digits or underscores: people call it as `!serviceName`.',
      commandUrl: 'HTTPS endpoint Basecamp calls with commands; leave out for a bot that only posts.',
    }),
    projectId: t.id({ description: 'That Campfire\'s project; saves a read of the Campfire when given.' }),
  }),
  resolve: (input, ctx) => createChatbot(ctx, input),
  payload: { chatbot: { type: Chatbot, description: 'The new chatbot.' } },
});

mutation('updateChatbot', {
  description: 'Renames a chatbot or changes its command URL, account-wide (administrators only).',
  uses: ['GetChatbot', 'UpdateChatbot'],
  inputDescription: 'Changes to a chatbot: fields left out keep their value; a null `commandUrl` clears it.',
  input: (t) => ({
    ...chatbotId(t),
    serviceName: t.string({ description: 'A new one-word name.' }),
    commandUrl: t.string({ description: 'A new HTTPS command endpoint, or null for a bot that only posts.' }),
  }),
  resolve: (input, ctx) => updateChatbot(ctx, input),
  payload: { chatbot: { type: Chatbot, description: 'The chatbot as it is now.' } },
});

deletion('deleteChatbot', {
  description: 'Removes a chatbot from every project of the account (administrators only).',
  uses: ['DeleteChatbot'],
  inputDescription: 'Which chatbot to remove.',
  input: chatbotId,
  resolve: (input, ctx) => deleteChatbot(ctx, input),
  type: 'Chatbot',
  gone: 'removed chatbot',
  basecampId: true,
});
