import type { CardRecording } from './cards.ts';
import type { ChatRecording } from './chat.ts';
import type { CloudFileRecord, DocumentRecord, FilesState, GoogleDocumentRecord, UploadRecord } from './files.ts';
import type { Comment, Message } from './messages.ts';
import type { PersonalState } from './personal.ts';
import type { ReportsRecording } from './reports.ts';
import { byPosition, type StateCore, type ToolRecording } from './records.ts';
import type { ScheduleRecording } from './schedule.ts';
import type { Todo, Todolist, Todoset } from './todos.ts';

/**
 * The sandbox's in-memory model, composed: the shared core (records.ts) plus every family's
 * recordings and side state. Families import only records.ts, never this module, so the types
 * flow one way.
 */

export type Recording = Todoset | ToolRecording | Todolist | Todo | Message | Comment | ReportsRecording
  | DocumentRecord | UploadRecord | CloudFileRecord | GoogleDocumentRecord
  | ChatRecording
  | CardRecording
  | ScheduleRecording;
export type RecordingType = Recording['type'];

export interface SandboxState extends StateCore {
  recordings: Map<string, Recording>;
  /** Account extras and each person's own things (bookmarks, Up Next, Hey!, …); see `state/personal.ts`. */
  personal?: PersonalState;
  /** Docs & Files side state (attachments, home-screen folders); see `state/files.ts`. */
  files?: FilesState;
}

/** Narrows a recording to one of the given types. */
export function isRecordingOf<T extends RecordingType>(
  recording: Recording | undefined,
  ...types: T[]
): recording is Extract<Recording, { type: T }> {
  return recording !== undefined && (types as RecordingType[]).includes(recording.type);
}

/** The recordings whose parent is `parentId`, filtered by type, in position order. */
export function childrenOf<T extends RecordingType>(
  state: SandboxState,
  parentId: string,
  type: T,
): Extract<Recording, { type: T }>[] {
  const out: Extract<Recording, { type: T }>[] = [];
  for (const recording of state.recordings.values()) {
    if (recording.parentId === parentId && isRecordingOf(recording, type)) out.push(recording);
  }
  return out.sort(byPosition);
}
