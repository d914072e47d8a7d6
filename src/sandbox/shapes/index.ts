import type { Recording, RecordingType } from '../state/index.ts';
import type { ShapeContext } from './shape-context.ts';
import { CARD_SHAPES, renderCardTable } from './card-table.ts';
import { CHAT_SHAPES, renderCampfire, renderInbox } from './chat.ts';
import { renderCloudFile, renderDocument, renderGoogleDocument, renderUpload, renderVault } from './files.ts';
import { renderGauge, renderGaugeNeedle, renderTimesheet, renderTimesheetEntry } from './reports.ts';
import { renderComment, renderMessage, renderMessageBoard } from './message.ts';
import { renderQuestion, renderQuestionAnswer, renderQuestionnaire, renderSchedule, renderScheduleEntry } from './schedule.ts';
import { renderTodo } from './todo.ts';
import { renderTodolist } from './todolist.ts';
import { renderTodoset } from './todoset.ts';

type Shapes = { [T in RecordingType]: (ctx: ShapeContext, recording: Extract<Recording, { type: T }>) => unknown };

/** The JSON shape of each recording type; generic endpoints (`/projects/recordings.json`) use it. */
const SHAPES: Shapes = {
  Todoset: renderTodoset,
  Todolist: renderTodolist,
  Todo: renderTodo,
  'Message::Board': renderMessageBoard,
  Message: renderMessage,
  Comment: renderComment,
  Vault: renderVault,
  Document: renderDocument,
  Upload: renderUpload,
  CloudFile: renderCloudFile,
  GoogleDocument: renderGoogleDocument,
  'Chat::Transcript': renderCampfire,
  Schedule: renderSchedule,
  Questionnaire: renderQuestionnaire,
  'Schedule::Entry': renderScheduleEntry,
  Question: renderQuestion,
  'Question::Answer': renderQuestionAnswer,
  Inbox: renderInbox,
  ...CHAT_SHAPES,
  'Kanban::Board': renderCardTable,
  ...CARD_SHAPES,
  Timesheet: renderTimesheet,
  'Timesheet::Entry': renderTimesheetEntry,
  Gauge: renderGauge,
  'Gauge::Needle': renderGaugeNeedle,
};

/** Renders any recording with its type's shape. */
export function renderRecording(ctx: ShapeContext, recording: Recording): unknown {
  const shape = SHAPES[recording.type] as (ctx: ShapeContext, recording: Recording) => unknown;
  return shape(ctx, recording);
}
