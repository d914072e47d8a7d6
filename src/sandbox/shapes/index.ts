import type { Recording, RecordingType } from '../state.ts';
import type { ShapeContext } from './shape-context.ts';
import { renderTodo } from './todo.ts';
import { renderTodolist } from './todolist.ts';
import { renderTodoset } from './todoset.ts';
import { renderTool } from './tool.ts';

type Shapes = { [T in RecordingType]: (ctx: ShapeContext, recording: Extract<Recording, { type: T }>) => unknown };

/** The JSON shape of each recording type; generic endpoints (`/projects/recordings.json`) use it. */
const SHAPES: Shapes = {
  Todoset: renderTodoset,
  Todolist: renderTodolist,
  Todo: renderTodo,
  'Message::Board': renderTool,
  Vault: renderTool,
  'Chat::Transcript': renderTool,
  Schedule: renderTool,
  Questionnaire: renderTool,
  Inbox: renderTool,
  'Kanban::Board': renderTool,
};

/** Renders any recording with its type's shape. */
export function renderRecording(ctx: ShapeContext, recording: Recording): unknown {
  const shape = SHAPES[recording.type] as (ctx: ShapeContext, recording: Recording) => unknown;
  return shape(ctx, recording);
}
