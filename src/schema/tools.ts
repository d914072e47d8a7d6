import { createTool, disableTool, enableTool, fetchTools, repositionTool, toolProjectId, updateTool } from '../resolvers/tools.ts';
import { builder } from './builder.ts';
import { embedded } from './cost-hints.ts';
import { calls } from './coverage.ts';
import { specInput, specInputOn } from './inputs.ts';
import { node } from './nodes.ts';
import { deletion, mutation, mutationsOf } from './mutation.ts';
import { DockTool, Project } from './projects.ts';
import { enumOf } from './enums.ts';
import { implementRecording } from './recording-type.ts';
import { Recording } from './recording.ts';
import { loadRecording } from './recording-types.ts';

/** A dock tool as a recording of its own (docs: tools.md), whatever its kind. */
export const Tool = node('Tool', { load: fetchTools, lookup: 'A dock tool' });

/** The kinds of dock tool (docs: projects.md, "dock"). */
const ToolType = enumOf('ToolType', 'A kind of dock tool, by Basecamp\'s recording type.', {
  MESSAGE_BOARD: 'Message::Board',
  TODOSET: 'Todoset',
  VAULT: ['Vault', 'Docs & Files.'],
  CHAT: ['Chat::Transcript', 'Campfire chat.'],
  SCHEDULE: 'Schedule',
  QUESTIONNAIRE: ['Questionnaire', 'Automatic check-ins.'],
  INBOX: ['Inbox', 'Email forwards.'],
  KANBAN_BOARD: ['Kanban::Board', 'Card table.'],
});

implementRecording(Tool, 'A tool in a project\'s dock (to-dos, chat, schedule, …) seen as a recording: its title, kind and place in the dock.', (t) => ({
  subscriptionUrl: t.exposeString('subscription_url', { nullable: true, description: 'REST URL of its subscribers; absent for tools nobody subscribes to.' }),
  position: t.exposeInt('position', { nullable: true, description: 'Place in the dock, from 1; null while the tool is disabled.' }),
}));

builder.objectField(DockTool, 'tool', (t) =>
  t.field({
    type: Tool,
    ...calls('GetTool'),
    description: 'The tool as a recording, for renaming, moving or subscribing.',
    resolve: (item) => item.id,
  }),
);


// A tool is also read under its own type (a MessageBoard) and as its project's dock entry: both
// come back, so a client cache that holds either sees the change.
const toolMutation = mutationsOf({
  payload: { tool: Tool },
  parent: {
    recording: {
      type: Recording,
      load: (tool, ctx) => loadRecording(ctx, tool as { id: string; type: string }),
      description: 'The same tool under its own type (a MessageBoard, a Todoset…), as it is now.',
    },
    project: {
      type: Project,
      load: async (tool) => (tool as { bucket?: { id: string } }).bucket?.id ?? null,
      description: 'Its project, whose `dock` lists it.',
    },
  },
});

toolMutation('createTool', {
  description: 'Adds a tool to a project\'s dock, at the end.',
  uses: ['CreateTool'],
  input: (t) => ({
    ...specInput(t, 'CreateTool', {
      projectId: 'The project whose dock gets the tool.',
      toolType: false,
      title: 'Its name; Basecamp picks the kind\'s usual one when left out.',
      visibleToClients: 'Only chats and card tables honour it.',
    }),
    sourceToolId: t.id({ description: 'An existing tool to clone; give this or `toolType`.' }),
    toolType: t.field({ type: ToolType, description: 'The kind of tool to add; give this or `sourceToolId`.' }),
  }),
  resolve: (input, ctx) => createTool(ctx, input),
});

toolMutation('updateTool', {
  description: 'Renames a dock tool.',
  uses: ['UpdateTool'],
  input: (t) => specInputOn(t, 'UpdateTool', { title: 'The new name.' }),
  resolve: (input, ctx) => updateTool(ctx, input),
});

deletion('trashTool', {
  description: 'Trashes a dock tool with everything in it.',
  operation: 'DeleteTool',
  type: 'Tool',
  gone: 'trashed tool',
  // Its project's dock no longer lists it.
  from: { field: 'project', type: Project, before: toolProjectId, reads: 'GetTool', load: async (projectId) => projectId },
});

for (const [name, operation, description, run] of [
  ['enableTool', 'EnableTool', 'Puts a disabled tool back in the dock, at the end.', enableTool],
  ['disableTool', 'DisableTool', 'Hides a tool from the dock without deleting it.', disableTool],
] as const) {
  toolMutation(name, {
    description,
    uses: [operation, 'GetTool'],
    input: (t) => ({ id: t.id({ required: true }) }),
    resolve: (input, ctx) => run(ctx, input.id),
  });
}

mutation('repositionTool', {
  description: 'Moves an enabled tool within the dock.',
  uses: ['RepositionTool', 'GetTool'],
  input: (t) => specInputOn(t, 'RepositionTool', { position: 'The new place in the dock, from 1.' }),
  resolve: (input, ctx) => repositionTool(ctx, input),
  payload: (t) => ({ tool: t.field({ type: Tool, extensions: embedded(), resolve: (tool) => tool }), project: t.field({ type: Project, nullable: true, description: 'The project, to re-read its dock.', resolve: (tool) => tool.bucket?.id ?? null }) }),
});
